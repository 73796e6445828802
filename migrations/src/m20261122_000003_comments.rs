//! Comments on working papers: the comment with its author snapshot, its tags, its earlier
//! texts, the audit log of its status changes, and the full-text index of published ones.

use sea_orm_migration::sea_orm::DatabaseBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn index(name: &str, table: &str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table.to_owned());
    for col in cols {
        index.col(*col);
    }
    index.to_owned()
}

fn reference(
    from: (&str, &str),
    to: &str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0.to_owned(), from.1.to_owned())
        .to(to.to_owned(), "id")
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("comments")
                    .col(big_pk_auto("id"))
                    .col(big_integer("paper_id"))
                    // The version the comment was written on: a new version of the paper
                    // leaves the comment on the text its author read.
                    .col(big_integer("version_id"))
                    .col(big_integer_null("paragraph_id"))
                    .col(big_integer_null("parent_id"))
                    .col(big_integer("author_id"))
                    .col(text_null("quote"))
                    .col(text("body"))
                    .col(string_len("consent", 32))
                    // The author as they were at submission, so a digest stays true when a
                    // profile changes later.
                    .col(string_len("author_name", 100))
                    .col(string_len("author_group", 32))
                    .col(string_len("author_country", 2))
                    .col(string_len("author_region", 16))
                    .col(string_len_null("author_organisation", 200))
                    .col(string_len("author_capacity", 16))
                    .col(string_len("status", 16))
                    // Why it was rejected or hidden; the author sees it.
                    .col(text_null("status_reason"))
                    .col(boolean("late").default(false))
                    .col(timestamp_with_time_zone("submitted_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(timestamp_with_time_zone_null("published_at"))
                    .foreign_key(&mut reference(
                        ("comments", "paper_id"),
                        "working_papers",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut reference(
                        ("comments", "version_id"),
                        "paper_versions",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut reference(
                        ("comments", "paragraph_id"),
                        "paragraphs",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut reference(
                        ("comments", "parent_id"),
                        "comments",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut reference(
                        ("comments", "author_id"),
                        "users",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        // The paper page: published comments of a paper, per paragraph, in order.
        manager
            .create_index(index(
                "ix_comments_paper",
                "comments",
                &["paper_id", "status", "paragraph_id", "id"],
            ))
            .await?;
        // "My comments", newest first.
        manager
            .create_index(index(
                "ix_comments_author",
                "comments",
                &["author_id", "id"],
            ))
            .await?;
        // The moderation queue, oldest first.
        manager
            .create_index(index("ix_comments_status", "comments", &["status", "id"]))
            .await?;
        manager
            .create_index(index(
                "ix_comments_parent",
                "comments",
                &["parent_id", "status", "id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("comment_tags")
                    .col(big_integer("comment_id"))
                    .col(big_integer("tag_id"))
                    .primary_key(Index::create().col("comment_id").col("tag_id"))
                    .foreign_key(&mut reference(
                        ("comment_tags", "comment_id"),
                        "comments",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        ("comment_tags", "tag_id"),
                        "tags",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_comment_tags_tag",
                "comment_tags",
                &["tag_id", "comment_id"],
            ))
            .await?;

        // Every earlier text of a comment, kept when its author edits it.
        manager
            .create_table(
                Table::create()
                    .table("comment_revisions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("comment_id"))
                    .col(text_null("quote"))
                    .col(text("body"))
                    .col(string_len("consent", 32))
                    // The tag slugs the comment had, comma-separated.
                    .col(text("tags"))
                    .col(timestamp_with_time_zone("replaced_at"))
                    .foreign_key(&mut reference(
                        ("comment_revisions", "comment_id"),
                        "comments",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_comment_revisions_comment",
                "comment_revisions",
                &["comment_id", "id"],
            ))
            .await?;

        // The audit log: every status change, who made it, when and why. Kept forever.
        manager
            .create_table(
                Table::create()
                    .table("moderation_events")
                    .col(big_pk_auto("id"))
                    .col(big_integer("comment_id"))
                    .col(big_integer_null("actor_id"))
                    .col(string_len_null("from_status", 16))
                    .col(string_len("to_status", 16))
                    .col(text_null("reason"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(&mut reference(
                        ("moderation_events", "comment_id"),
                        "comments",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut reference(
                        ("moderation_events", "actor_id"),
                        "users",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_moderation_events_comment",
                "moderation_events",
                &["comment_id", "id"],
            ))
            .await?;

        // Full-text index of published comments only: a comment enters it when published
        // and leaves it when hidden, so search can never show anything else.
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE comment_search USING fts5(\
                     body, paper, tags, tokenize = 'unicode61 remove_diacritics 2')",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE TABLE comment_search (\
                     comment_id BIGINT PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE, \
                     document TSVECTOR NOT NULL)",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX ix_comment_search_document ON comment_search USING GIN (document)",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "comment_search",
            "moderation_events",
            "comment_revisions",
            "comment_tags",
            "comments",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
