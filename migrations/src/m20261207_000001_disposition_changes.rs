//! A disposition may name the change it caused: the paragraph of a later version of the
//! paper that answers the comment. Paragraphs are never deleted (a version is kept whole),
//! so the column needs no foreign key, which SQLite could not add to an existing table.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("dispositions")
                    .add_column(big_integer_null("changed_paragraph_id"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("dispositions")
                    .drop_column("changed_paragraph_id")
                    .to_owned(),
            )
            .await
    }
}
