//! One submission per intent, and forms that come back as they were typed. Every comment
//! form carries a one-time token: the comment written with it keeps it (one comment per
//! author and token, so that a second post of the same form finds the first), and a form
//! refused without JavaScript is kept, until the next one, as the author's draft of that
//! form.

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
                    .add_column(string_null("form_token"))
                    .to_owned(),
            )
            .await?;
        // Both engines let rows without a token (imports, the demo) repeat.
        manager
            .create_index(
                Index::create()
                    .name("comments_author_form_token")
                    .table("comments")
                    .col("author_id")
                    .col("form_token")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("form_drafts")
                    .col(big_integer("user_id"))
                    .col(string("form"))
                    .col(string("token"))
                    .col(text("fields"))
                    .col(timestamp_with_time_zone("saved_at"))
                    .primary_key(Index::create().col("user_id").col("form"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("form_drafts", "user_id")
                            .to("users", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("form_drafts").to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("comments_author_form_token")
                    .table("comments")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("comments")
                    .drop_column("form_token")
                    .to_owned(),
            )
            .await
    }
}
