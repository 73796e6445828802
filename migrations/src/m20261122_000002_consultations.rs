//! Consultations, working papers with numbered paragraphs per version, and the tag taxonomy.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("consultations")
                    .col(big_pk_auto("id"))
                    .col(string_len_uniq("slug", 100))
                    .col(string_len("title", 300))
                    .col(text("description"))
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("opens_at"))
                    .col(timestamp_with_time_zone("closes_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("working_papers")
                    .col(big_pk_auto("id"))
                    .col(big_integer("consultation_id"))
                    .col(string_len("code", 32))
                    .col(string_len("title", 300))
                    .col(text("abstract"))
                    .col(string_len("cluster", 32))
                    .col(integer("current_version"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("working_papers", "consultation_id")
                            .to("consultations", "id")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_working_papers_code")
                    .table("working_papers")
                    .col("consultation_id")
                    .col("code")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("paper_versions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("paper_id"))
                    .col(integer("version"))
                    // The Markdown the secretariat imported, kept as the record of this version.
                    .col(text("markdown"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("paper_versions", "paper_id")
                            .to("working_papers", "id")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_paper_versions")
                    .table("paper_versions")
                    .col("paper_id")
                    .col("version")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("paragraphs")
                    .col(big_pk_auto("id"))
                    .col(big_integer("version_id"))
                    .col(integer("position"))
                    .col(string_len("number", 32))
                    .col(string_len("kind", 16))
                    .col(small_integer("level"))
                    .col(text("text"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("paragraphs", "version_id")
                            .to("paper_versions", "id")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_paragraphs_position")
                    .table("paragraphs")
                    .col("version_id")
                    .col("position")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("tags")
                    .col(big_pk_auto("id"))
                    .col(string_len_uniq("slug", 64))
                    .col(string_len("cluster", 32))
                    .col(string_len("name_en", 100))
                    .col(string_len("name_fr", 100))
                    // Public tags are offered to stakeholders; private ones are the
                    // secretariat's own coding, never shown outside it.
                    .col(boolean("public").default(true))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "tags",
            "paragraphs",
            "paper_versions",
            "working_papers",
            "consultations",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
