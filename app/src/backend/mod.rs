//! Everything that runs only on the server: entities, services, sessions, passwords, the
//! demo data. Services take `&impl ConnectionTrait` so they also run inside a transaction.
//!
//! Modules depend one way, downwards (`app/tests/structure.rs` fails on a cycle):
//! 1. leaves: `entities`, `lookups` (shared comment look-ups), `paragraph_counts`,
//!    `write_turn`, `accounts::author`, `form_tokens`, `documents` (checks, text and store
//!    of uploaded files), `mail` (the outbox, its sender and the messages),
//!    `account_tokens` (the links mail carries), `fresh` (what every reader is shown alike,
//!    kept a second), `function_words` (of the six languages), and the plain helpers
//!    (`db`, `passwords`, …);
//! 2. `attachments` (documents attached to comments); `notices` (to comments' authors);
//!    `search_index`, then `moderation` (status changes, which move the index and counts);
//!    `campaigns` (near-identical comments, placed under the write turn); `versions` (what
//!    continues each paragraph in a paper's next version);
//! 3. `submission`: `prepare` → `store` → `writer` → `placer`;
//! 4. on top: `comments` (public reading, the author's own), `contributions`, `desk`,
//!    `digest` (which shows confirmed `themes`), `themes` (what the comments say), `import`,
//!    `editor`, `personal_data`, `demo`.

pub mod account_tokens;
pub mod accounts;
pub mod attachments;
pub mod backup;
pub mod campaigns;
pub mod comments;
pub mod consultations;
pub mod contributions;
pub mod db;
pub mod demo;
pub mod desk;
pub mod digest;
pub mod digest_formats;
pub mod documents;
pub mod editor;
pub mod entities;
pub mod form_tokens;
pub mod fresh;
pub mod function_words;
pub mod health;
pub mod import;
pub mod languages;
pub mod lookups;
pub mod mail;
pub mod moderation;
pub mod notices;
pub mod paper_import;
pub mod paragraph_counts;
pub mod passwords;
pub mod personal_data;
pub mod search_index;
pub mod sessions;
pub mod sign_in_guard;
pub mod submission;
pub mod themes;
pub mod throttle;
pub mod translations;
pub mod versions;
pub mod write_turn;

use crate::domain::AppError;
use sea_orm::DatabaseConnection;

/// What every request handler and server function may reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    /// Whether cookies carry `Secure` (the site is served over https).
    pub secure_cookies: bool,
    /// This process's limits on sign-in, registration and submission.
    pub throttle: std::sync::Arc<throttle::Throttle>,
    /// This process's writer of comment submissions (group commit).
    pub writer: submission::writer::Writer,
    /// What a contribution may carry.
    pub uploads: crate::domain::contributions::UploadLimits,
    /// The connections of the writer (a small page cache on SQLite): a contribution's
    /// files are stored through them, so that a 20 MB document does not stay in a reading
    /// connection's large cache.
    pub writes: DatabaseConnection,
    /// What every reader is shown alike, kept for a second (emptied by every change).
    pub fresh: fresh::Fresh,
}

impl AppState {
    /// The state of a server process; starts its submission writer on `writes` (see
    /// [`db::connect_writer`]), so it must be called on a tokio runtime.
    pub fn new(
        db: DatabaseConnection,
        writes: DatabaseConnection,
        secure_cookies: bool,
        comment_limits: throttle::CommentLimits,
    ) -> Self {
        Self {
            writer: submission::writer::Writer::start(writes.clone()),
            writes,
            db,
            secure_cookies,
            throttle: std::sync::Arc::new(throttle::Throttle::new(comment_limits)),
            uploads: Default::default(),
            fresh: fresh::Fresh::default(),
        }
    }

    /// The same state with these limits on contributions' files.
    pub fn with_uploads(self, uploads: crate::domain::contributions::UploadLimits) -> Self {
        Self { uploads, ..self }
    }
}

/// Begins a transaction that writes. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`, waiting up to the busy timeout): a deferred transaction that read first and
/// then wrote would fail outright whenever another writer (the submission writer, the
/// campaign placer, an import) had committed in between. PostgreSQL ignores the mode.
/// Every writing transaction begins here.
pub async fn write_transaction<C: sea_orm::TransactionTrait>(
    db: &C,
) -> Result<C::Transaction, AppError> {
    db.begin_with_options(sea_orm::TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
    .or_internal()
}

/// Logs an unexpected failure with its detail and gives the user only a reference to quote.
pub fn internal(err: impl std::fmt::Display) -> AppError {
    let reference = hex::encode(rand::random::<[u8; 4]>());
    tracing::error!(%reference, error = %err, "internal error");
    AppError::Internal { reference }
}

/// `?`-friendly conversion of unexpected errors into [`AppError::Internal`].
pub trait OrInternal<T> {
    fn or_internal(self) -> Result<T, AppError>;
}

impl<T, E: std::fmt::Display> OrInternal<T> for Result<T, E> {
    fn or_internal(self) -> Result<T, AppError> {
        self.map_err(internal)
    }
}

/// The row a request names by its id, or `NotFound`: the one way a service loads it.
pub async fn found<E>(db: &impl sea_orm::ConnectionTrait, id: i64) -> Result<E::Model, AppError>
where
    E: sea_orm::EntityTrait,
    i64: Into<<E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType>,
{
    E::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)
}

/// Inserts a row unless one with the same value in the unique `column` is there already
/// (`ON CONFLICT DO NOTHING`): one statement, and no race between a look and an insert.
/// Whether it was inserted.
pub async fn insert_if_absent<A>(
    db: &impl sea_orm::ConnectionTrait,
    row: A,
    column: <A::Entity as sea_orm::EntityTrait>::Column,
) -> Result<bool, AppError>
where
    A: sea_orm::ActiveModelTrait,
{
    use sea_orm::EntityTrait;
    let inserted = A::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(column)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .or_internal()?;
    Ok(inserted > 0)
}

/// Rows read for many at once (the papers of some comments, their paragraphs), by a key of
/// theirs: the one shape of an id-set look-up's answer.
pub fn keyed<M>(rows: Vec<M>, key: impl Fn(&M) -> i64) -> std::collections::HashMap<i64, M> {
    rows.into_iter().map(|row| (key(&row), row)).collect()
}

/// Keyset pagination: rows are fetched with one more than `size`; this trims the extra one
/// and gives the key the next page starts from, if there is a next page.
pub fn page_end<T>(rows: &mut Vec<T>, size: u64, key: impl Fn(&T) -> i64) -> Option<i64> {
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    if rows.len() > size {
        rows.truncate(size);
        rows.last().map(key)
    } else {
        None
    }
}

/// The current time in UTC, the only zone stored, to the microsecond, as both engines keep
/// it: a time read back equals the time written.
pub fn now() -> time::OffsetDateTime {
    let t = time::OffsetDateTime::now_utc();
    t.replace_nanosecond(t.nanosecond() / 1_000 * 1_000)
        .unwrap_or(t)
}

/// A time as the app shows and exports it: RFC 3339, UTC.
pub fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// `column` contains `text`, whatever the letter case, on both engines (SQLite's `LIKE`
/// ignores case and PostgreSQL's does not, so both sides are lower-cased); `%`, `_` and `\`
/// in the text are taken literally.
pub fn contains_text(
    column: impl sea_orm::ColumnTrait,
    text: &str,
) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Expr::expr(Func::lower(Expr::col(column.as_column_ref())))
        .like(LikeExpr::new(format!("%{escaped}%")).escape('\\'))
}
