//! Consistent copies of a live SQLite database, and putting one back. PostgreSQL has its own
//! tools (`pg_dump`, `pg_restore`; see the README).

use super::db;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, Statement};
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum BackupError {
    #[error("this is a PostgreSQL database: use pg_dump and pg_restore (see the README)")]
    Postgres,
    #[error("{0} already exists: choose a new file name")]
    Exists(PathBuf),
    #[error("{0} is not a Consult database")]
    NotConsult(PathBuf),
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

fn sqlite_literal(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "''"))
}

/// Writes a consistent copy of the live database to `to` with `VACUUM INTO`: one read
/// transaction, so the copy holds every committed comment and nothing half-written, while
/// the server goes on reading and writing. Returns the copy's size in bytes.
pub async fn backup(db: &DatabaseConnection, to: &Path) -> Result<u64, BackupError> {
    if db.get_database_backend() != DatabaseBackend::Sqlite {
        return Err(BackupError::Postgres);
    }
    if to.exists() {
        return Err(BackupError::Exists(to.to_owned()));
    }
    if let Some(parent) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    db.execute_unprepared(&format!("VACUUM INTO {}", sqlite_literal(to)))
        .await?;
    Ok(std::fs::metadata(to)?.len())
}

/// How many comments a database holds.
pub async fn comment_count(db: &DatabaseConnection) -> Result<i64, BackupError> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM comments",
        ))
        .await?;
    Ok(row
        .and_then(|r| r.try_get::<i64>("", "n").ok())
        .unwrap_or(0))
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    pub comments: i64,
    /// Where the database that was replaced was kept, if there was one.
    pub previous: Option<PathBuf>,
}

/// Puts the backup `from` in place of the SQLite database of `database_url`, with the server
/// stopped. The database it replaces is first copied next to it (`….before-restore-<time>`),
/// so that a restore is never a loss; then the schema is brought up to date.
pub async fn restore(from: &Path, database_url: &str) -> Result<Restored, BackupError> {
    let target = db::sqlite_path(database_url).ok_or(BackupError::Postgres)?;
    // The backup must be a Consult database: open it read-only and look.
    let source_url = format!("sqlite://{}?mode=ro", from.display());
    let source = sea_orm::Database::connect(source_url)
        .await
        .map_err(|_| BackupError::NotConsult(from.to_owned()))?;
    let has_schema = source
        .query_one_raw(Statement::from_string(
            DatabaseBackend::Sqlite,
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE name IN ('seaql_migrations', 'comments')",
        ))
        .await
        .ok()
        .flatten()
        .and_then(|r| r.try_get::<i64>("", "n").ok())
        == Some(2);
    if !has_schema {
        return Err(BackupError::NotConsult(from.to_owned()));
    }
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "consult.db".to_owned());
    let sibling = |suffix: &str| target.with_file_name(format!("{file_name}{suffix}"));
    let staged = sibling(".restoring");
    let _ = std::fs::remove_file(&staged);
    source
        .execute_unprepared(&format!("VACUUM INTO {}", sqlite_literal(&staged)))
        .await?;
    source.close().await?;

    let previous = if target.exists() {
        let kept = sibling(&format!(
            ".before-restore-{}",
            time::OffsetDateTime::now_utc().unix_timestamp()
        ));
        let current = db::connect(database_url).await?;
        backup(&current, &kept).await?;
        current.close().await?;
        Some(kept)
    } else {
        None
    };
    // The old write-ahead log must not be replayed onto the restored file.
    for suffix in ["-wal", "-shm"] {
        match std::fs::remove_file(sibling(suffix)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    std::fs::rename(&staged, &target)?;
    let restored = db::connect_and_migrate(database_url).await?;
    let comments = comment_count(&restored).await?;
    restored.close().await?;
    Ok(Restored { comments, previous })
}
