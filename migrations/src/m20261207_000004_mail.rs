//! Reaching people by e-mail. Messages are written to `outbox` in the transaction of the
//! event that causes them and delivered by a sender task in each server process
//! (`claim` names the process that took one, until `claimed_until`). `account_tokens` hold
//! the one-use links of e-mail verification, password recovery and "this was not me",
//! hashed. Accounts gain their language, a verified address and their choice of notices;
//! accounts that existed before verification are taken as verified. Comments remember how
//! they arrived (`web` or `import`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("outbox")
                    .col(big_pk_auto("id"))
                    .col(string_len("kind", 32))
                    .col(string("recipient"))
                    .col(string("subject"))
                    .col(text("text_body"))
                    .col(text("html_body"))
                    .col(string_len("language", 8))
                    .col(text_null("list_unsubscribe"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("next_attempt_at"))
                    .col(integer("attempts").default(0))
                    .col(string_len_null("claim", 32))
                    .col(timestamp_with_time_zone_null("claimed_until"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .col(timestamp_with_time_zone_null("failed_at"))
                    .col(text_null("last_error"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_outbox_due")
                    .table("outbox")
                    .col("sent_at")
                    .col("next_attempt_at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("account_tokens")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(string_len("purpose", 16))
                    .col(string_uniq("token_hash"))
                    // What the link acts on besides the account (a comment's id; the new
                    // address of a change of e-mail address).
                    .col(big_integer_null("subject_id"))
                    .col(string_null("data"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("account_tokens", "user_id")
                            .to("users", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for column in [
            timestamp_with_time_zone_null("email_verified_at"),
            string_len("language", 8).default("en").to_owned(),
            boolean("notify_outcomes").default(true).to_owned(),
            boolean("notify_versions").default(true).to_owned(),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table("users")
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        // Those who registered before addresses were verified keep their accounts as they
        // were; so do the accounts an import made (they have no password to sign in with).
        manager
            .get_connection()
            .execute_unprepared("UPDATE users SET email_verified_at = created_at")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("comments")
                    .add_column(string_len("arrival", 16).default("web"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("comments")
                    .drop_column("arrival")
                    .to_owned(),
            )
            .await?;
        for column in [
            "notify_versions",
            "notify_outcomes",
            "language",
            "email_verified_at",
        ] {
            manager
                .alter_table(Table::alter().table("users").drop_column(column).to_owned())
                .await?;
        }
        for table in ["account_tokens", "outbox"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
