//! Contributions and documents. A stakeholder sends a contribution (a title, a summary,
//! files) to a consultation; the secretariat publishes it like a comment. Files are kept
//! in the database itself, in chunks, so that both engines, several server processes and
//! the documented backup (a copy of the database) hold them with no second store to keep
//! in step. The same file sent twice (by its SHA-256) is kept once.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("stored_files")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("sha256"))
                    .col(big_integer("size"))
                    .col(string("kind"))
                    .col(integer_null("pages"))
                    .col(text_null("text"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("file_chunks")
                    .col(big_integer("file_id"))
                    .col(integer("seq"))
                    .col(blob("data"))
                    .primary_key(Index::create().col("file_id").col("seq"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("file_chunks", "file_id")
                            .to("stored_files", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("contributions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("consultation_id"))
                    .col(big_integer_null("paper_id"))
                    .col(big_integer("author_id"))
                    .col(string("title"))
                    .col(text("summary"))
                    .col(string("consent"))
                    .col(string("author_name"))
                    .col(string("author_group"))
                    .col(string("author_country"))
                    .col(string("author_region"))
                    .col(string_null("author_organisation"))
                    .col(string("author_capacity"))
                    .col(string("status"))
                    .col(text_null("status_reason"))
                    .col(text("search_text"))
                    .col(timestamp_with_time_zone("submitted_at"))
                    .col(timestamp_with_time_zone_null("published_at"))
                    .col(string_null("form_token"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("contributions", "consultation_id")
                            .to("consultations", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("contributions", "paper_id")
                            .to("working_papers", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("contributions", "author_id")
                            .to("users", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "contributions_by_consultation",
                &["consultation_id", "status"][..],
            ),
            ("contributions_by_author", &["author_id", "form_token"][..]),
        ] {
            let mut index = Index::create();
            index.name(name).table("contributions");
            for col in cols {
                index.col(*col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("contribution_files")
                    .col(big_integer("contribution_id"))
                    .col(integer("position"))
                    .col(big_integer("file_id"))
                    .col(string("name"))
                    .primary_key(Index::create().col("contribution_id").col("position"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("contribution_files", "contribution_id")
                            .to("contributions", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("contribution_files", "file_id")
                            .to("stored_files", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("contribution_events")
                    .col(big_pk_auto("id"))
                    .col(big_integer("contribution_id"))
                    .col(big_integer_null("actor_id"))
                    .col(string_null("from_status"))
                    .col(string("to_status"))
                    .col(text_null("reason"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("contribution_events", "contribution_id")
                            .to("contributions", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "contribution_events",
            "contribution_files",
            "contributions",
            "file_chunks",
            "stored_files",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
