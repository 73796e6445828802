//! Bulk import of comments from a CSV file: a campaign's letters gathered by its organiser,
//! or comments that reached the secretariat by post or e-mail. The secretariat runs it with
//! `server import`.
//!
//! The file has a header row; its columns, in any order:
//! `email`, `name`, `stakeholder_group`, `country`, `consent` and `body` (required), and
//! `organisation`, `capacity`, `paragraph`, `tags` (separated by spaces, commas or
//! semicolons), `quote` and `files` (optional). Values are checked as the web forms check
//! them. `files` names documents in the folder beside the CSV file (separated by `;`),
//! checked as uploads are and attached to the row's comment ([`attached`]).
//!
//! - The whole file is checked before anything is written: a file with a problem imports
//!   nothing, and every problem is listed with its line.
//! - A sender whose e-mail has an account keeps it, with the profile they gave themselves.
//!   Any other sender gets a stakeholder account without a password: it holds their
//!   comments (for their own view, for export and for erasure), and an administrator can
//!   give it a password later.
//! - Imported comments are pending like any submission, stamped with the time of the
//!   import and marked late if the consultation had closed. Rows are written a few
//!   thousand per transaction, each chunk placed in campaigns in the transaction that
//!   writes it (its texts are at hand), so that a running server goes on taking
//!   submissions between chunks.
//!
//! Reading and checking the [`file`], the accounts of its [`senders`], and the [`write`] of
//! its rows a chunk at a time.

mod attached;
mod file;
mod senders;
mod write;

use super::submission::store::MOST_ROWS_PER_STATEMENT;
use super::{OrInternal, campaigns, now};
use crate::domain::comment::Consent;
use crate::domain::validation::ValidProfile;
use crate::domain::{AppError, Problem};
use file::{check, context, open_csv, read_chunks};
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::io::Read;
use write::write_chunk;

/// Rows in one INSERT statement, comments or accounts.
const ROWS_PER_STATEMENT: usize = MOST_ROWS_PER_STATEMENT;

/// The columns every import file must have; the bench writes its campaign file's header
/// from them.
pub const REQUIRED: [&str; 6] = [
    "email",
    "name",
    "stakeholder_group",
    "country",
    "consent",
    "body",
];
const OPTIONAL: [&str; 6] = [
    "organisation",
    "capacity",
    "paragraph",
    "tags",
    "quote",
    "files",
];

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub comments: u64,
    /// Accounts made for senders who had none.
    pub new_accounts: u64,
    /// Comments the import put in campaigns of near-identical comments.
    pub in_campaigns: u64,
}

/// A problem with one value of the file: its line (the header is line 1), its column,
/// and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: u64,
    pub column: &'static str,
    pub problem: Problem,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = (crate::i18n::Locale::En.texts().problem)(&self.problem);
        write!(f, "line {}, {}: {words}", self.line, self.column)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
    #[error("the header {0}")]
    Header(String),
    #[error(
        "nothing was imported; {} problem(s):\n{}{}",
        .total,
        .listed.iter().map(|p| format!("  {p}\n")).collect::<String>(),
        if *.total > .listed.len() { format!("  … and {} more\n", .total - .listed.len()) } else { String::new() }
    )]
    Problems {
        listed: Vec<RowProblem>,
        total: usize,
    },
    #[error("the file has no rows under its header")]
    Empty,
    #[error("{0}")]
    App(#[from] AppError),
}

/// A checked row, ready to be written.
struct Row {
    email: String,
    profile: ValidProfile,
    paragraph_id: Option<i64>,
    quote: Option<String>,
    body: String,
    tags: Vec<i64>,
    consent: Consent,
    /// The names of the documents it attaches.
    files: Vec<String>,
}

/// What the rows are checked against: the paper's current version, its paragraphs by
/// number, the public tags by slug, the column of each field.
struct Context {
    paper_id: i64,
    version_id: i64,
    late: bool,
    paragraphs: HashMap<String, i64>,
    tags: HashMap<String, i64>,
    columns: HashMap<&'static str, usize>,
    /// The documents the rows attach, stored, by the name the file gives them.
    attached: HashMap<String, attached::Attached>,
}

/// Imports the CSV file that `open` opens (it is read twice: checked whole, then
/// written) as comments on the paper `code` of the consultation `slug`; a file whose rows
/// name documents needs [`import_from`].
pub async fn import<R: Read + Send + 'static>(
    db: &DatabaseConnection,
    slug: &str,
    code: &str,
    open: impl Fn() -> std::io::Result<R>,
) -> Result<Imported, ImportError> {
    import_from(db, slug, code, open, None).await
}

/// [`import`], with the documents its rows name read from `folder` (the CSV file's).
pub async fn import_from<R: Read + Send + 'static>(
    db: &DatabaseConnection,
    slug: &str,
    code: &str,
    open: impl Fn() -> std::io::Result<R>,
    folder: Option<&std::path::Path>,
) -> Result<Imported, ImportError> {
    let started = std::time::Instant::now();
    let mut context = context(db, slug, code, &open).await?;
    let files = check(db, &context, open_csv(&open)?, folder).await?;
    context.attached = attached::store(db, files).await?;
    tracing::info!(
        seconds = started.elapsed().as_secs_f64(),
        "import: file checked"
    );

    let at = now();
    let mut imported = Imported {
        comments: 0,
        new_accounts: 0,
        in_campaigns: 0,
    };
    // Rows are read, checked and signed on a thread of their own while the previous chunk
    // is written: the two halves of the work use both cores.
    let context = std::sync::Arc::new(context);
    let (chunks, mut ready) = tokio::sync::mpsc::channel(2);
    let reader = open_csv(&open)?;
    let producer = tokio::task::spawn_blocking({
        let context = context.clone();
        move || read_chunks(&context, reader, &chunks)
    });
    let mut first_id = None;
    let mut last_id = 0;
    while let Some(chunk) = ready.recv().await {
        let chunk = chunk?;
        let ((first, last), accounts) = write_chunk(db, &context, &chunk, at).await?;
        first_id.get_or_insert(first);
        last_id = last;
        imported.comments += chunk.len() as u64;
        imported.new_accounts += accounts;
    }
    producer
        .await
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    tracing::info!(
        seconds = started.elapsed().as_secs_f64(),
        comments = imported.comments,
        "import: comments written and placed"
    );
    if let Some(first) = first_id {
        imported.in_campaigns = campaigns::backlog::members_between(db, first, last_id).await?;
    }
    // The import may have grown the tables tenfold: the planner (the running server's
    // too) gets figures that say so, instead of scanning tables it believes small.
    super::db::refresh_statistics(db).await.or_internal()?;
    Ok(imported)
}
