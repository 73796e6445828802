//! Connecting to SQLite (the embedded default) or PostgreSQL, and migrating at start.

use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// The default database: a file under `./data/`, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/consult.db?mode=rwc";

/// Opens the database. For SQLite: WAL, `synchronous=FULL` (nothing acknowledged is lost),
/// foreign keys on, a busy timeout, a larger page cache; the parent folder of the file is
/// created. The pool holds [`reading_connections`] SQLite connections, 16 PostgreSQL ones.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let size = if is_sqlite(url) {
        reading_connections()
    } else {
        POSTGRES_CONNECTIONS
    };
    connect_with(url, size, LARGE_PAGE_CACHE_KIB).await
}

/// The connections of a serving process's submission writer and campaign placer (one
/// each), apart from those that serve pages (`db`), so that a group commit never waits for
/// readers to give a connection back, and the placer's comparing does not queue behind
/// them. (On SQLite they take turns to write, see [`Writer`](super::writer::Writer).) An
/// in-memory SQLite database has only the one connection it was opened with, `db`'s.
pub async fn connect_writer(
    url: &str,
    db: &DatabaseConnection,
) -> Result<DatabaseConnection, DbErr> {
    if is_sqlite(url) && sqlite_path(url).is_none() {
        Ok(db.clone())
    } else {
        connect_with(url, 2, WRITER_PAGE_CACHE_KIB).await
    }
}

/// SQLite's page cache per connection of [`connect`] (its default is 2 MiB): an import's
/// transaction stays in memory until its commit instead of spilling to the log early.
const LARGE_PAGE_CACHE_KIB: u32 = 32 * 1024;

/// The same for the writer's and the placer's connections: a batch or a placing round is a
/// few hundred comments. (With 32 MiB, the placer's look for unplaced comments at start
/// filled its cache with the whole table's pages: a digest then peaked 38 MiB higher.)
const WRITER_PAGE_CACHE_KIB: u32 = 8 * 1024;

/// PostgreSQL connections of a process's pool: the server does the work, not the process.
const POSTGRES_CONNECTIONS: u32 = 16;

/// SQLite connections that serve pages, two for each core: a read costs CPU, not waiting
/// (the file is in the system's cache), so more of them only add thread switches and, after
/// every commit, more page caches to fill again. On 2 cores, 4 took 2,536–2,907
/// submissions a second (p99 79–91 ms) where 8 took 1,718–2,242 (p99 111–129 ms).
pub fn reading_connections() -> u32 {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    u32::try_from(cores * 2).unwrap_or(u32::MAX)
}

fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

async fn connect_with(
    url: &str,
    connections: u32,
    page_cache_kib: u32,
) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options.sqlx_logging(false).max_connections(connections);
    if is_sqlite(url) {
        if sqlite_path(url).is_none() {
            // Every connection to `:memory:` is a database of its own: keep exactly one.
            options.max_connections(1).min_connections(1);
        } else {
            create_parent_dir(url);
        }
        if sqlite_path(url).is_some() {
            options.map_sqlx_sqlite_pool_opts(|pool| {
                pool.after_release(|conn, _| Box::pin(leaves_no_transaction(conn)))
            });
        }
        options.map_sqlx_sqlite_opts(move |o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                // A negative size is in KiB.
                .pragma("cache_size", format!("-{page_cache_kib}"))
        });
    }
    if !is_sqlite(url) {
        options.map_sqlx_postgres_pool_opts(|pool| {
            pool.after_release(|conn, _| Box::pin(leaves_no_transaction(conn)))
        });
    }
    Database::connect(options).await
}

/// Whether a connection given back to the pool may serve again: not when it is still
/// inside a transaction. A `COMMIT` that fails (SQLite on a full disk) leaves the driver
/// counting an open transaction; the rollback queued when the transaction is dropped may
/// fail too (SQLite had already rolled back), and the next "transaction" on that connection
/// would then only be a savepoint inside one that never commits: receipts for comments
/// that are never stored, and the write lock held for ever. Such a connection is closed
/// instead (closing rolls back whatever is open) and the pool opens a fresh one. The ping
/// lets a rollback queued on the connection run before the count is read again.
async fn leaves_no_transaction<C: sea_orm::sqlx::Connection>(
    conn: &mut C,
) -> Result<bool, sea_orm::sqlx::Error> {
    if !conn.is_in_transaction() {
        return Ok(true);
    }
    conn.ping().await?;
    let clean = !conn.is_in_transaction();
    if !clean {
        tracing::warn!("a database connection was left inside a transaction: closed");
    }
    Ok(clean)
}

/// Connects, brings the schema up to date and refreshes the planner's statistics.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    Migrator::up(&db, None).await?;
    refresh_statistics(&db).await?;
    Ok(db)
}

/// On SQLite, refreshes the statistics the query planner chooses indexes by (PostgreSQL's
/// autovacuum keeps its own): an `ANALYZE` bounded to a sample of each index, so that it
/// costs milliseconds however large the database. A bounded `ANALYZE` keeps figures per
/// index and no sampled values (`sqlite_stat4`, and it clears those of an earlier full
/// one): the SQLite built here plans with such samples when they exist, and a statement
/// planned with them is prepared again each time it is given new values, which cost a
/// fifth of the submissions a second under load.
pub async fn refresh_statistics(db: &DatabaseConnection) -> Result<(), DbErr> {
    on_sqlite(db, "PRAGMA analysis_limit = 1000; ANALYZE;").await
}

/// How often a serving process looks for tables whose size has changed tenfold.
const STATISTICS_EVERY: Duration = Duration::from_secs(10 * 60);

/// On SQLite, refreshes the planner's figures for the tables whose number of rows has
/// changed tenfold since they were last analysed (`PRAGMA optimize`, bounded as
/// [`refresh_statistics`] is, so it keeps no samples either); the other tables keep
/// theirs, and when none has changed it costs next to nothing.
pub async fn update_statistics(db: &DatabaseConnection) -> Result<(), DbErr> {
    on_sqlite(
        db,
        "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;",
    )
    .await
}

/// Runs `sql` on SQLite; nothing on PostgreSQL, whose autovacuum keeps its own statistics.
async fn on_sqlite(db: &DatabaseConnection, sql: &str) -> Result<(), DbErr> {
    use sea_orm::ConnectionTrait;
    if db.get_database_backend() == sea_orm::DbBackend::Sqlite {
        db.execute_unprepared(sql).await?;
    }
    Ok(())
}

/// Keeps the planner's figures current while the server runs: a consultation's comments
/// and accounts can grow tenfold in its last days, and with the figures of the start a
/// lookup of many rows is planned as a scan of a table believed small (an import showed
/// it: its lookups of senders slowed twentyfold as it went). Ends when the connections are
/// closed.
pub async fn keep_statistics(db: DatabaseConnection) {
    let mut tick = tokio::time::interval(STATISTICS_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick.tick().await; // The first tick is at once; the start has just refreshed them.
    loop {
        tick.tick().await;
        match update_statistics(&db).await {
            Ok(()) => {}
            Err(DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::ConnectionClosed)) => return,
            Err(err) => tracing::warn!(%err, "the planner's statistics were not updated"),
        }
    }
}

/// The file of a `sqlite:` URL (`None` for PostgreSQL or an in-memory database).
pub fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let path = rest
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or_default();
    (!path.is_empty() && !path.contains(":memory:") && !url.contains("mode=memory"))
        .then(|| path.into())
}

fn create_parent_dir(url: &str) {
    let Some(path) = sqlite_path(url) else {
        return;
    };
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
        && let Err(err) = std::fs::create_dir_all(parent)
    {
        tracing::warn!(?parent, %err, "could not create the database folder");
    }
}

/// The variable that points the tests at a PostgreSQL server instead of SQLite: the URL of
/// a database there, whose user may create databases (`scripts/pg-cluster.sh` starts such a server).
pub const TEST_POSTGRES_VARIABLE: &str = "CONSULT_TEST_POSTGRES";

/// A fresh, empty folder of this process under the system's temporary folder, for a test's
/// files (a database file, a backup, an import): `consult-<name>-<process id>`.
pub fn scratch_folder(name: &str) -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("consult-{name}-{}", std::process::id()));
    match std::fs::remove_dir_all(&dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// A fresh, migrated, empty database for one test: SQLite in memory, or, when
/// `CONSULT_TEST_POSTGRES` is set, a new database of its own on that PostgreSQL server. The
/// same test bodies thus run on both engines.
pub async fn scratch() -> Result<DatabaseConnection, DbErr> {
    match std::env::var(TEST_POSTGRES_VARIABLE) {
        Ok(server) if !server.is_empty() => {
            let url = fresh_postgres_database(&server).await?;
            connect_and_migrate(&url).await
        }
        _ => connect_and_migrate("sqlite::memory:").await,
    }
}

/// Creates an empty database with a random name on the PostgreSQL server at `server` and
/// returns its URL.
pub async fn fresh_postgres_database(server: &str) -> Result<String, DbErr> {
    use sea_orm::ConnectionTrait;
    let name = format!("consult_test_{:016x}", rand::random::<u64>());
    let admin = Database::connect(server).await?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await?;
    admin.close().await?;
    // The server URL names a database (`…/postgres`): the new one takes its place.
    let (base, query) = server.split_once('?').unwrap_or((server, ""));
    let base = base
        .rsplit_once('/')
        .map_or(base, |(server, _database)| server);
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    Ok(format!("{base}/{name}{query}"))
}
