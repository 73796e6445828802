//! Consistent copies of a live database, and putting one back while no server uses it: a
//! SQLite file is copied with `VACUUM INTO`, PostgreSQL with `pg_dump` and `pg_restore`.
//!
//! Every process that opens the database holds a shared lock for its whole life
//! ([`hold_while_open`]); a restore takes the same lock exclusively or refuses. On SQLite it
//! is an advisory file lock on `<database>.lock`, on PostgreSQL a session-level advisory lock.

use super::db;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, Statement};
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum BackupError {
    #[error("this is a PostgreSQL database: use pg_dump and pg_restore (see docs/OPERATIONS.md)")]
    Postgres,
    #[error("a Consult server is using this database: stop it first")]
    InUse,
    #[error("a restore of this database is under way: try again once it has finished")]
    Restoring,
    #[error("{0} is not on PATH: install PostgreSQL's client programs")]
    MissingTool(&'static str),
    #[error("{tool} failed ({status}): {stderr}")]
    ToolFailed {
        tool: &'static str,
        status: std::process::ExitStatus,
        stderr: String,
    },
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

/// The PostgreSQL advisory lock that serving processes share and a restore takes alone
/// ("consult" in ASCII).
const POSTGRES_LOCK_KEY: i64 = 0x0063_6f6e_7375_6c74;

/// Held by a process that uses the database, for as long as it lives: while one is held, a
/// restore is refused.
pub struct OpenLock {
    _held: Held,
}

/// What holds the lock, kept only to be dropped last.
enum Held {
    Sqlite {
        _file: std::fs::File,
    },
    Postgres {
        _session: sea_orm::sqlx::PgConnection,
    },
    Nothing,
}

fn is_postgres(database_url: &str) -> bool {
    database_url.starts_with("postgres:") || database_url.starts_with("postgresql:")
}

/// The lock file beside a SQLite database, created with its folder if need be.
fn sqlite_lock_file(database: &Path) -> Result<std::fs::File, BackupError> {
    if let Some(parent) = database.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    Ok(std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(PathBuf::from(name))?)
}

/// A dedicated PostgreSQL session (not a pooled connection, which the pool may close): a
/// session-level advisory lock lives exactly as long as it.
async fn postgres_session(database_url: &str) -> Result<sea_orm::sqlx::PgConnection, BackupError> {
    use sea_orm::sqlx::Connection;
    sea_orm::sqlx::PgConnection::connect(database_url)
        .await
        .map_err(|e| BackupError::Db(DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e.into()))))
}

/// Runs `statement`, a `SELECT pg_try_advisory_lock…($1)`, on the lock's key.
async fn postgres_try_lock(
    session: &mut sea_orm::sqlx::PgConnection,
    statement: &'static str,
) -> Result<bool, BackupError> {
    sea_orm::sqlx::query_scalar::<_, bool>(statement)
        .bind(POSTGRES_LOCK_KEY)
        .fetch_one(session)
        .await
        .map_err(|e| BackupError::Db(DbErr::Query(sea_orm::RuntimeErr::SqlxError(e.into()))))
}

/// Takes the shared lock of a process that uses the database (several may hold it at once);
/// refuses while a restore holds it.
pub async fn hold_while_open(database_url: &str) -> Result<OpenLock, BackupError> {
    let held = if is_postgres(database_url) {
        let mut session = postgres_session(database_url).await?;
        if !postgres_try_lock(&mut session, "SELECT pg_try_advisory_lock_shared($1)").await? {
            return Err(BackupError::Restoring);
        }
        Held::Postgres { _session: session }
    } else if let Some(database) = db::sqlite_path(database_url) {
        let file = sqlite_lock_file(&database)?;
        match file.try_lock_shared() {
            Ok(()) => Held::Sqlite { _file: file },
            Err(std::fs::TryLockError::WouldBlock) => return Err(BackupError::Restoring),
            Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
        }
    } else {
        Held::Nothing
    };
    Ok(OpenLock { _held: held })
}

/// Runs one of PostgreSQL's client programs to its end.
async fn run_tool(tool: &'static str, args: &[&std::ffi::OsStr]) -> Result<(), BackupError> {
    let output = tokio::process::Command::new(tool)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .await
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => BackupError::MissingTool(tool),
            _ => BackupError::Io(e),
        })?;
    if output.status.success() {
        Ok(())
    } else {
        Err(BackupError::ToolFailed {
            tool,
            status: output.status,
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        })
    }
}

/// Writes a PostgreSQL database to `to` with `pg_dump --format=custom` (one snapshot, so
/// consistent while servers write). Returns the dump's size in bytes.
pub async fn dump_postgres(database_url: &str, to: &Path) -> Result<u64, BackupError> {
    if to.exists() {
        return Err(BackupError::Exists(to.to_owned()));
    }
    if let Some(parent) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let file = format!("--file={}", to.display());
    run_tool(
        "pg_dump",
        &[
            "--format=custom".as_ref(),
            file.as_ref(),
            "--dbname".as_ref(),
            database_url.as_ref(),
        ],
    )
    .await?;
    Ok(std::fs::metadata(to)?.len())
}

/// Puts the backup `from` in place of the database of `database_url`, refused while any
/// process uses that database. The database it replaces is first copied beside it (SQLite:
/// `<database>.before-restore-<time>`) or beside `from` (PostgreSQL:
/// `<from>.before-restore-<time>.dump`), so that a restore is never a loss; then the schema
/// is brought up to date.
pub async fn restore(from: &Path, database_url: &str) -> Result<Restored, BackupError> {
    if is_postgres(database_url) {
        return restore_postgres(from, database_url).await;
    }
    let target = db::sqlite_path(database_url).ok_or(BackupError::Postgres)?;
    let lock = sqlite_lock_file(&target)?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Err(BackupError::InUse),
        Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
    }
    let restored = restore_sqlite(from, database_url, &target).await;
    drop(lock);
    restored
}

async fn restore_postgres(from: &Path, database_url: &str) -> Result<Restored, BackupError> {
    if !from.is_file() {
        return Err(BackupError::NotConsult(from.to_owned()));
    }
    let mut session = postgres_session(database_url).await?;
    if !postgres_try_lock(&mut session, "SELECT pg_try_advisory_lock($1)").await? {
        return Err(BackupError::InUse);
    }
    let mut kept = from.as_os_str().to_owned();
    kept.push(format!(
        ".before-restore-{}.dump",
        time::OffsetDateTime::now_utc().unix_timestamp()
    ));
    let kept = PathBuf::from(kept);
    dump_postgres(database_url, &kept).await?;
    run_tool(
        "pg_restore",
        &[
            "--clean".as_ref(),
            "--if-exists".as_ref(),
            "--no-owner".as_ref(),
            "--dbname".as_ref(),
            database_url.as_ref(),
            from.as_os_str(),
        ],
    )
    .await?;
    let restored = db::connect_and_migrate(database_url).await?;
    let comments = comment_count(&restored).await?;
    restored.close().await?;
    drop(session);
    Ok(Restored {
        comments,
        previous: Some(kept),
    })
}

async fn restore_sqlite(
    from: &Path,
    database_url: &str,
    target: &Path,
) -> Result<Restored, BackupError> {
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
    std::fs::rename(&staged, target)?;
    let restored = db::connect_and_migrate(database_url).await?;
    let comments = comment_count(&restored).await?;
    restored.close().await?;
    Ok(Restored { comments, previous })
}
