//! Campaign signatures are now computed with a faster family of hash functions, so the
//! signatures stored before cannot be compared with new ones. Campaigns are derived data
//! (moderation decisions are kept on each comment): they are emptied here, and each server's
//! campaign placer places every comment again when it starts.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for table in [
            "comment_bands",
            "comment_signatures",
            "campaign_members",
            "campaigns",
        ] {
            db.execute_unprepared(&format!("DELETE FROM {table}"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Nothing to undo: the placer fills the tables again.
        Ok(())
    }
}
