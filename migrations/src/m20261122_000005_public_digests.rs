//! Which consultations' digests of published comments the secretariat has made public.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("public_digests")
                    .col(big_integer("consultation_id").primary_key())
                    .col(big_integer("made_public_by"))
                    .col(timestamp_with_time_zone("made_public_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("public_digests", "consultation_id")
                            .to("consultations", "id")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("public_digests", "made_public_by")
                            .to("users", "id")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("public_digests").to_owned())
            .await
    }
}
