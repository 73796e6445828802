//! The published comments on each paragraph of each paper version, kept up to date as
//! comments are published and unpublished, so that a paper page never counts its comments
//! row by row. `paragraph_key` is the paragraph's id, or 0 for comments on the paper as a
//! whole; only top-level comments count (replies are shown under them).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Counts what is already stored: the same statement as the application's recount.
pub const RECOUNT: &str = "INSERT INTO paragraph_counts (version_id, paragraph_key, published) \
     SELECT version_id, COALESCE(paragraph_id, 0), COUNT(*) FROM comments \
     WHERE status = 'published' AND parent_id IS NULL \
     GROUP BY version_id, COALESCE(paragraph_id, 0)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("paragraph_counts")
                    .col(big_integer("version_id"))
                    .col(big_integer("paragraph_key"))
                    .col(big_integer("published"))
                    .primary_key(Index::create().col("version_id").col("paragraph_key"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("paragraph_counts", "version_id")
                            .to("paper_versions", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager.get_connection().execute_unprepared(RECOUNT).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("paragraph_counts").to_owned())
            .await
    }
}
