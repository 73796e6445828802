//! Comments carried forward: when a paper gets a new version, what became of each
//! commentable paragraph of the version before (unchanged, moved, edited, split, merged,
//! removed), as the secretariat confirmed it. A row per old paragraph and new paragraph it
//! continues in; a removed paragraph has one row without a new paragraph.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("paragraph_links")
                    .col(big_pk_auto("id"))
                    .col(big_integer("from_paragraph_id"))
                    .col(big_integer_null("to_paragraph_id"))
                    .col(big_integer("to_version_id"))
                    .col(string("fate"))
                    .col(integer("similarity_permille"))
                    .col(big_integer_null("confirmed_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("paragraph_links", "from_paragraph_id")
                            .to("paragraphs", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("paragraph_links", "to_paragraph_id")
                            .to("paragraphs", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("paragraph_links", "to_version_id")
                            .to("paper_versions", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("paragraph_links_to_version")
                    .table("paragraph_links")
                    .col("to_version_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("paragraph_links").to_owned())
            .await
    }
}
