//! Papers in several languages: the language a paper is written in (`working_papers.language`,
//! English for the papers before), and a translation of a version in another language,
//! paragraph for paragraph: its title, abstract and text, whose numbered blocks are the
//! version's own (the editor refuses one that differs). Comments stay on the version's
//! paragraphs, whatever language they are read in.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("working_papers")
                    .add_column(string_len("language", 8).default("en"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("paper_translations")
                    .col(big_pk_auto("id"))
                    .col(big_integer("version_id"))
                    .col(string_len("language", 8))
                    .col(string("title"))
                    .col(text("abstract"))
                    .col(text("markdown"))
                    .col(big_integer("updated_by"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("paper_translations", "version_id")
                            .to("paper_versions", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_paper_translations")
                    .table("paper_translations")
                    .col("version_id")
                    .col("language")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("paper_translations").to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("working_papers")
                    .drop_column("language")
                    .to_owned(),
            )
            .await
    }
}
