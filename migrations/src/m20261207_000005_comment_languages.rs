//! The language a comment is written in, as detected when it was sent (or last changed):
//! a BCP 47 code, or nothing when the detector was not sure. Comments sent before keep
//! nothing; the page then says nothing of their language.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("comments")
                    .add_column(string_len_null("language", 8))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("comments")
                    .drop_column("language")
                    .to_owned(),
            )
            .await
    }
}
