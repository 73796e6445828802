//! Sign-in throttling that spares the account's owner: the browsers an account has signed
//! in from (a random token per browser, stored hashed with the account), and the failed attempts on an
//! account since its owner last signed in, which the owner is then told about.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("known_browsers")
                    .col(string("token_hash").primary_key())
                    .col(big_integer("user_id"))
                    .col(timestamp_with_time_zone("first_used_at"))
                    .col(timestamp_with_time_zone("last_used_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("known_browsers", "user_id")
                            .to("users", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("known_browsers_user")
                    .table("known_browsers")
                    .col("user_id")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("users")
                    .add_column(integer("failed_sign_ins").default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("users")
                    .add_column(timestamp_with_time_zone_null("last_failed_sign_in_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["last_failed_sign_in_at", "failed_sign_ins"] {
            manager
                .alter_table(Table::alter().table("users").drop_column(column).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table("known_browsers").to_owned())
            .await
    }
}
