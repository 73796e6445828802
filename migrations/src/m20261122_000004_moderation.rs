//! The secretariat's desk: flags on published comments, dispositions, the list of rejection
//! reasons, and campaigns of near-identical comments (MinHash signatures and their bands).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn index(name: &str, table: &str, cols: &[&'static str], unique: bool) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table.to_owned());
    for col in cols {
        index.col(*col);
    }
    if unique {
        index.unique();
    }
    index.to_owned()
}

fn reference(from: (&str, &str), to: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0.to_owned(), from.1.to_owned())
        .to(to.to_owned(), "id")
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A reader's report of a published comment; one per reader and comment.
        manager
            .create_table(
                Table::create()
                    .table("flags")
                    .col(big_pk_auto("id"))
                    .col(big_integer("comment_id"))
                    .col(big_integer("user_id"))
                    .col(string_len("reason", 32))
                    .col(text_null("note"))
                    .col(timestamp_with_time_zone("created_at"))
                    // keep | hide, once the secretariat has looked at it.
                    .col(string_len_null("resolution", 16))
                    .col(big_integer_null("resolved_by"))
                    .col(timestamp_with_time_zone_null("resolved_at"))
                    .foreign_key(&mut reference(("flags", "comment_id"), "comments"))
                    .foreign_key(&mut reference(("flags", "user_id"), "users"))
                    .foreign_key(&mut reference(("flags", "resolved_by"), "users"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "uq_flags_comment_user",
                "flags",
                &["comment_id", "user_id"],
                true,
            ))
            .await?;
        manager
            .create_index(index(
                "ix_flags_open",
                "flags",
                &["resolved_at", "comment_id"],
                false,
            ))
            .await?;

        // The secretariat's answer to a comment, shown publicly and in digests.
        manager
            .create_table(
                Table::create()
                    .table("dispositions")
                    .col(big_integer("comment_id").primary_key())
                    .col(string_len("kind", 32))
                    .col(text("response"))
                    .col(big_integer("decided_by"))
                    .col(timestamp_with_time_zone("decided_at"))
                    .foreign_key(&mut reference(("dispositions", "comment_id"), "comments"))
                    .foreign_key(&mut reference(("dispositions", "decided_by"), "users"))
                    .to_owned(),
            )
            .await?;

        // The reasons the secretariat offers itself when it rejects or hides a comment.
        manager
            .create_table(
                Table::create()
                    .table("rejection_reasons")
                    .col(big_pk_auto("id"))
                    .col(string_len_uniq("text", 300))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;

        // Near-identical comments on one paper: a form letter sent by many.
        manager
            .create_table(
                Table::create()
                    .table("campaigns")
                    .col(big_pk_auto("id"))
                    .col(big_integer("paper_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut reference(("campaigns", "paper_id"), "working_papers"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("campaign_members")
                    .col(big_integer("comment_id").primary_key())
                    .col(big_integer("campaign_id"))
                    .foreign_key(&mut reference(
                        ("campaign_members", "comment_id"),
                        "comments",
                    ))
                    .foreign_key(&mut reference(
                        ("campaign_members", "campaign_id"),
                        "campaigns",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_campaign_members_campaign",
                "campaign_members",
                &["campaign_id", "comment_id"],
                false,
            ))
            .await?;
        // Locality-sensitive hashing of MinHash signatures: comments that share a band
        // value on the same paper are candidates, checked against the whole signature.
        manager
            .create_table(
                Table::create()
                    .table("comment_bands")
                    .col(big_integer("paper_id"))
                    .col(big_integer("band"))
                    .col(big_integer("comment_id"))
                    .primary_key(
                        Index::create()
                            .col("paper_id")
                            .col("band")
                            .col("comment_id"),
                    )
                    .foreign_key(&mut reference(("comment_bands", "comment_id"), "comments"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("comment_signatures")
                    .col(big_integer("comment_id").primary_key())
                    // The MinHash signature, little-endian u32 values, hex.
                    .col(text("signature"))
                    .foreign_key(&mut reference(
                        ("comment_signatures", "comment_id"),
                        "comments",
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "comment_signatures",
            "comment_bands",
            "campaign_members",
            "campaigns",
            "rejection_reasons",
            "dispositions",
            "flags",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
