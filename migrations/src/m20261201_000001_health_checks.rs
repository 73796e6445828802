//! One row that `/healthz` writes, so that health means "the database accepts a write"
//! (a full disk answers reads and refuses commits).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("health_checks")
                    .col(integer("id").primary_key())
                    .col(timestamp_with_time_zone("checked_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("health_checks").to_owned())
            .await
    }
}
