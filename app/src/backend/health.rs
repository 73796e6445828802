//! What `/healthz` asks of the database and the submission writer: that a write reaches
//! the database (a full disk still answers reads and pings, and refuses every commit), and
//! that the writer is not held up by it.

use super::entities::health_check;
use super::{AppState, now, write_transaction};
use sea_orm::sea_query::OnConflict;
use sea_orm::{DatabaseConnection, EntityTrait, Set};
use std::time::Duration;

/// A batch of submissions written for longer than this holds up its submitters.
pub const WRITER_STUCK_AFTER: Duration = Duration::from_secs(15);

/// A batch of submissions that could not be written this recently makes the server
/// unhealthy, until one is written again.
pub const WRITER_FAILED_WITHIN: Duration = Duration::from_secs(30);

/// Why the server cannot take comments now, in words for an operator.
pub async fn problem(state: &AppState) -> Option<String> {
    let busy = state.writer.busy_for();
    if busy > WRITER_STUCK_AFTER {
        return Some(format!(
            "the submission writer has been writing one batch for {} s",
            busy.as_secs()
        ));
    }
    if let Some(ago) = state.writer.failed_ago()
        && ago < WRITER_FAILED_WITHIN
    {
        return Some(format!(
            "the last batch of submissions could not be written ({} s ago); none since",
            ago.as_secs()
        ));
    }
    match database_takes_a_write(&state.db).await {
        Ok(()) => None,
        Err(err) => Some(format!("the database does not take a write: {err}")),
    }
}

/// Writes and commits the one row of `health_checks`.
async fn database_takes_a_write(db: &DatabaseConnection) -> Result<(), String> {
    let txn = write_transaction(db).await.map_err(|e| e.to_string())?;
    health_check::Entity::insert(health_check::ActiveModel {
        id: Set(1),
        checked_at: Set(now()),
    })
    .on_conflict(
        OnConflict::column(health_check::Column::Id)
            .update_column(health_check::Column::CheckedAt)
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await
    .map_err(|e| e.to_string())?;
    txn.commit().await.map_err(|e| e.to_string())
}
