//! Themes: what the comments on a paper (or on one of its paragraphs) say, as the
//! secretariat's theme analysis proposed and the secretariat named, merged, split and
//! confirmed them. A theme lists its comments; a comment is in at most one theme of a scope
//! (the service keeps that). Re-running an analysis replaces the unconfirmed themes of its
//! scope and keeps the confirmed ones.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("themes")
                    .col(big_pk_auto("id"))
                    .col(big_integer("paper_id"))
                    // A paragraph's number, or "" for the paper as a whole.
                    .col(string_len("paragraph", 32).default(""))
                    .col(string_len("label", 200))
                    .col(string_len("key_terms", 400))
                    // Its representative comments' ids, comma-separated (at most three).
                    .col(string_len("quotes", 200).default(""))
                    .col(boolean("confirmed").default(false))
                    // Found among every comment not rejected or withdrawn (for internal
                    // use), not only the published ones.
                    .col(boolean("internal").default(false))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("themes", "paper_id")
                            .to("working_papers", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_themes_scope")
                    .table("themes")
                    .col("paper_id")
                    .col("paragraph")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("theme_members")
                    .col(big_integer("theme_id"))
                    .col(big_integer("comment_id"))
                    .primary_key(Index::create().col("theme_id").col("comment_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("theme_members", "theme_id")
                            .to("themes", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("theme_members", "comment_id")
                            .to("comments", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_theme_members_comment")
                    .table("theme_members")
                    .col("comment_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("theme_members").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("themes").to_owned())
            .await
    }
}
