//! Documents and the text they answer. A stakeholder may attach documents to a comment as
//! well as send a contribution: the files are kept in the same store (`stored_files`, once
//! each by SHA-256), and a comment's attachments are listed in `comment_files` in the order
//! sent. A contribution may name the paragraphs it concerns (`contribution_paragraphs`,
//! paragraphs of the version current when it was sent). Readers report a published
//! contribution as they report a comment (`contribution_flags`, one per reader).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("comment_files")
                    .col(big_integer("comment_id"))
                    .col(integer("position"))
                    .col(big_integer("file_id"))
                    .col(string("name"))
                    .primary_key(Index::create().col("comment_id").col("position"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("comment_files", "comment_id")
                            .to("comments", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("comment_files", "file_id")
                            .to("stored_files", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        // Whether a stored file is still used is asked by its id.
        manager
            .create_index(
                Index::create()
                    .name("comment_files_by_file")
                    .table("comment_files")
                    .col("file_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("contribution_paragraphs")
                    .col(big_integer("contribution_id"))
                    .col(big_integer("paragraph_id"))
                    .primary_key(Index::create().col("contribution_id").col("paragraph_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("contribution_paragraphs", "contribution_id")
                            .to("contributions", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("contribution_paragraphs", "paragraph_id")
                            .to("paragraphs", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("contribution_flags")
                    .col(big_pk_auto("id"))
                    .col(big_integer("contribution_id"))
                    .col(big_integer("user_id"))
                    .col(string_len("reason", 32))
                    .col(text_null("note"))
                    .col(timestamp_with_time_zone("created_at"))
                    // keep | hide, once the secretariat has looked at it.
                    .col(string_len_null("resolution", 16))
                    .col(big_integer_null("resolved_by"))
                    .col(timestamp_with_time_zone_null("resolved_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("contribution_flags", "contribution_id")
                            .to("contributions", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("contribution_flags", "user_id")
                            .to("users", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_contribution_flags_reader")
                    .table("contribution_flags")
                    .col("contribution_id")
                    .col("user_id")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "contribution_flags",
            "contribution_paragraphs",
            "comment_files",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
