//! Bulk import of comments from a CSV file: a campaign's letters gathered by its organiser,
//! or comments that reached the secretariat by post or e-mail. The secretariat runs it with
//! `server import`.
//!
//! The file has a header row; its columns, in any order:
//! `email`, `name`, `stakeholder_group`, `country`, `consent` and `body` (required), and
//! `organisation`, `capacity`, `paragraph`, `tags` (separated by spaces, commas or
//! semicolons) and `quote` (optional). Values are checked as the web forms check them.
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

use super::accounts::author::Author;
use super::entities::{paragraph, tag, user};
use super::lookups::{commentable, current_version};
use super::submission::prepare::{Place, pending_row};
use super::submission::store::{self, MOST_ROWS_PER_STATEMENT};
use super::{OrInternal, accounts, campaigns, consultations, now, passwords};
use crate::domain::comment::{CommentForm, validate_comment};
use crate::domain::validation::{ValidProfile, validate_email, validate_profile};
use crate::domain::{AppError, Capacity, Field, Problem, ProfileForm, Role};
use futures::{StreamExt, TryStreamExt, stream};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryTrait,
};
use std::collections::{HashMap, HashSet};
use std::io::Read;

/// Rows written in one transaction.
const ROWS_PER_TRANSACTION: usize = 5_000;
/// Rows in one INSERT statement, comments or accounts.
const ROWS_PER_STATEMENT: usize = MOST_ROWS_PER_STATEMENT;
/// Statements of a chunk issued at once (see [`write_chunk`]).
const STATEMENTS_IN_FLIGHT: usize = 2;
/// Problems listed at most; the count says how many more there are.
const MOST_PROBLEMS_LISTED: usize = 100;

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
const OPTIONAL: [&str; 5] = ["organisation", "capacity", "paragraph", "tags", "quote"];

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
    consent: &'static str,
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
}

/// Imports the CSV file that `open` opens (it is read twice: checked whole, then
/// written) as comments on the paper `code` of the consultation `slug`.
pub async fn import<R: Read + Send + 'static>(
    db: &DatabaseConnection,
    slug: &str,
    code: &str,
    open: impl Fn() -> std::io::Result<R>,
) -> Result<Imported, ImportError> {
    let started = std::time::Instant::now();
    let context = context(db, slug, code, &open).await?;
    check(db, &context, open_csv(&open)?).await?;
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
        imported.in_campaigns = campaigns::members_between(db, first, last_id).await?;
    }
    // The import may have grown the tables tenfold: the planner (the running server's
    // too) gets figures that say so, instead of scanning tables it believes small.
    super::db::refresh_statistics(db).await.or_internal()?;
    Ok(imported)
}

/// Reads the checked file again, a chunk at a time, with each row's campaign signature.
fn read_chunks<R: Read>(
    context: &Context,
    reader: csv::Reader<R>,
    chunks: &tokio::sync::mpsc::Sender<Result<Vec<(Row, campaigns::Signed)>, ImportError>>,
) {
    let mut chunk = Vec::with_capacity(ROWS_PER_TRANSACTION);
    for record in reader.into_records() {
        let row = match record {
            Ok(record) => read_row(context, &record)
                // The file changed since it was checked.
                .map_err(|_| ImportError::Unreadable("the file changed".into())),
            Err(e) => Err(ImportError::Unreadable(e.to_string())),
        };
        match row {
            Ok(row) => {
                let signed = campaigns::Signed::of(&row.body);
                chunk.push((row, signed));
            }
            Err(err) => {
                let _ = chunks.blocking_send(Err(err));
                return;
            }
        }
        if chunk.len() == ROWS_PER_TRANSACTION {
            let full = std::mem::replace(&mut chunk, Vec::with_capacity(ROWS_PER_TRANSACTION));
            if chunks.blocking_send(Ok(full)).is_err() {
                // The writer stopped on an error of its own.
                return;
            }
        }
    }
    if !chunk.is_empty() {
        let _ = chunks.blocking_send(Ok(chunk));
    }
}

fn open_csv<R: Read>(
    open: &impl Fn() -> std::io::Result<R>,
) -> Result<csv::Reader<R>, ImportError> {
    let source = open().map_err(|e| ImportError::Unreadable(e.to_string()))?;
    Ok(csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::None)
        .from_reader(source))
}

async fn context<R: Read>(
    db: &DatabaseConnection,
    slug: &str,
    code: &str,
    open: &impl Fn() -> std::io::Result<R>,
) -> Result<Context, ImportError> {
    let (consultation, paper) = consultations::find_public_paper(db, slug, code).await?;
    let version = current_version(db, &paper).await?;
    let paragraphs = commentable()
        .filter(paragraph::Column::VersionId.eq(version.id))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.number, p.id))
        .collect();
    let tags = tag::Entity::find()
        .filter(tag::Column::Public.eq(true))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|t| (t.slug, t.id))
        .collect();

    let mut reader = open_csv(open)?;
    let header = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let mut columns = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().trim_start_matches('\u{feff}').to_lowercase();
        let Some(known) = REQUIRED.iter().chain(&OPTIONAL).find(|c| **c == name) else {
            return Err(ImportError::Header(format!(
                "names an unknown column {name:?}; the columns are {} and, optionally, {}",
                REQUIRED.join(", "),
                OPTIONAL.join(", ")
            )));
        };
        if columns.insert(*known, i).is_some() {
            return Err(ImportError::Header(format!("names {name:?} twice")));
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|c| !columns.contains_key(*c))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::Header(format!(
            "lacks the column(s) {}",
            missing.join(", ")
        )));
    }
    Ok(Context {
        paper_id: paper.id,
        version_id: version.id,
        late: now() >= consultation.closes_at,
        paragraphs,
        tags,
        columns,
    })
}

/// Checks every row, and the accounts of their senders, without writing.
async fn check<R: Read>(
    db: &DatabaseConnection,
    context: &Context,
    reader: csv::Reader<R>,
) -> Result<(), ImportError> {
    let mut listed = Vec::new();
    let mut total = 0;
    let mut note = |problem: RowProblem, total: &mut usize| {
        *total += 1;
        if listed.len() < MOST_PROBLEMS_LISTED {
            listed.push(problem);
        }
    };
    let mut emails: Vec<(u64, String)> = Vec::new();
    let mut rows = 0u64;
    for record in reader.into_records() {
        rows += 1;
        let record = record.map_err(|e| ImportError::Unreadable(e.to_string()))?;
        let line = record.position().map_or(rows + 1, |p| p.line());
        match read_row(context, &record) {
            Ok(row) => emails.push((line, row.email)),
            Err(problems) => {
                for (column, problem) in problems {
                    note(
                        RowProblem {
                            line,
                            column,
                            problem,
                        },
                        &mut total,
                    );
                }
            }
        }
        if emails.len() == ROWS_PER_STATEMENT {
            for (line, _) in suspended(db, &emails).await? {
                note(suspended_problem(line), &mut total);
            }
            emails.clear();
        }
    }
    for (line, _) in suspended(db, &emails).await? {
        note(suspended_problem(line), &mut total);
    }
    if rows == 0 {
        return Err(ImportError::Empty);
    }
    if total > 0 {
        listed.sort_by_key(|p| p.line);
        return Err(ImportError::Problems { listed, total });
    }
    Ok(())
}

fn suspended_problem(line: u64) -> RowProblem {
    RowProblem {
        line,
        column: "email",
        problem: Problem::AccountSuspended,
    }
}

/// The rows whose sender has a suspended account.
async fn suspended(
    db: &DatabaseConnection,
    emails: &[(u64, String)],
) -> Result<Vec<(u64, String)>, AppError> {
    let blocked: HashSet<String> = user::Entity::find()
        .filter(user::Column::Email.is_in(emails.iter().map(|(_, e)| e.clone())))
        .filter(user::Column::SuspendedAt.is_not_null())
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|u| u.email)
        .collect();
    Ok(emails
        .iter()
        .filter(|(_, e)| blocked.contains(e))
        .cloned()
        .collect())
}

/// One row, checked as the registration and comment forms check theirs.
fn read_row(
    context: &Context,
    record: &csv::StringRecord,
) -> Result<Row, Vec<(&'static str, Problem)>> {
    let value = |column: &str| {
        context
            .columns
            .get(column)
            .and_then(|&i| record.get(i))
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let email = validate_email(value("email")).map_err(|p| problems.push(("email", p)));
    let capacity = match value("capacity").trim() {
        "" => Capacity::Personal.code().to_owned(),
        given => given.to_owned(),
    };
    let profile = validate_profile(&ProfileForm {
        display_name: value("name").to_owned(),
        stakeholder_group: value("stakeholder_group").to_owned(),
        country: value("country").to_owned(),
        organisation: value("organisation").to_owned(),
        capacity,
    })
    .map_err(|found| {
        problems.extend(found.0.into_iter().map(|p| (column_of(p.field), p.problem)));
    });
    let form = CommentForm {
        paragraph: value("paragraph").to_owned(),
        quote: value("quote").to_owned(),
        body: value("body").to_owned(),
        tags: value("tags")
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect(),
        consent: value("consent").to_owned(),
    };
    let comment = validate_comment(&form).map_err(|found| {
        problems.extend(found.0.into_iter().map(|p| (column_of(p.field), p.problem)));
    });
    let (Ok(email), Ok(profile), Ok(comment)) = (email, profile, comment) else {
        return Err(problems);
    };
    let paragraph_id = match &comment.paragraph {
        None => None,
        Some(number) => match context.paragraphs.get(number) {
            Some(&id) => Some(id),
            None => return Err(vec![("paragraph", Problem::UnknownChoice)]),
        },
    };
    let mut tags = Vec::with_capacity(comment.tags.len());
    for slug in &comment.tags {
        match context.tags.get(slug) {
            Some(&id) => tags.push(id),
            None => return Err(vec![("tags", Problem::UnknownChoice)]),
        }
    }
    Ok(Row {
        email,
        profile,
        paragraph_id,
        quote: comment.quote,
        body: comment.body,
        tags,
        consent: comment.consent.code(),
    })
}

fn column_of(field: Field) -> &'static str {
    match field {
        Field::Email => "email",
        Field::DisplayName => "name",
        Field::StakeholderGroup => "stakeholder_group",
        Field::Country => "country",
        Field::Organisation => "organisation",
        Field::Capacity => "capacity",
        Field::Paragraph => "paragraph",
        Field::Quote => "quote",
        Field::Tags => "tags",
        Field::Consent => "consent",
        _ => "body",
    }
}

/// Writes a chunk of rows in one transaction: the accounts that are missing, the comments,
/// their tags, the first events of their histories and their places in campaigns. Returns
/// the chunk's first and last comment ids and how many accounts it made.
///
/// The statements of a chunk are issued [`STATEMENTS_IN_FLIGHT`] at a time: they run one
/// after the other on the transaction's connection, but the next is built while the
/// database runs the current one.
async fn write_chunk(
    db: &DatabaseConnection,
    context: &Context,
    rows: &[(Row, campaigns::Signed)],
    at: time::OffsetDateTime,
) -> Result<((i64, i64), u64), AppError> {
    let signed: Vec<&campaigns::Signed> = rows.iter().map(|(_, s)| s).collect();
    let rows: Vec<&Row> = rows.iter().map(|(r, _)| r).collect();
    let transaction = super::write_transaction(db).await?;
    let txn = &transaction;
    // Each sender's account: made for the senders who have none (one statement per part,
    // which skips the addresses that have one), then looked up for the others. Looking
    // every sender up first would ask the planner about a table the import itself grows
    // tenfold, with statistics from before: it scanned the table for each lookup.
    let mut seen = HashSet::new();
    let senders: Vec<&Row> = rows
        .iter()
        .filter(|r| seen.insert(r.email.as_str()))
        .copied()
        .collect();
    let made: Vec<Vec<(i64, String)>> = stream::iter(senders.chunks(ROWS_PER_STATEMENT))
        .map(|part| async move {
            let mut insert = user::Entity::insert_many(part.iter().map(|r| {
                // A stakeholder account without a password.
                accounts::new_row(
                    r.email.clone(),
                    passwords::NO_PASSWORD.to_owned(),
                    &r.profile,
                    Role::Stakeholder,
                    at,
                )
            }))
            .on_conflict(
                OnConflict::column(user::Column::Email)
                    .do_nothing()
                    .to_owned(),
            );
            insert
                .query()
                .returning(Query::returning().columns([user::Column::Id, user::Column::Email]));
            txn.query_all_raw(insert.build(txn.get_database_backend()))
                .await
                .or_internal()?
                .into_iter()
                .map(|made| {
                    Ok((
                        made.try_get::<i64>("", "id").or_internal()?,
                        made.try_get::<String>("", "email").or_internal()?,
                    ))
                })
                .collect::<Result<Vec<_>, AppError>>()
        })
        .buffered(STATEMENTS_IN_FLIGHT)
        .try_collect()
        .await?;
    let made: HashMap<String, i64> = made
        .into_iter()
        .flatten()
        .map(|(id, email)| (email, id))
        .collect();
    let made_count = made.len() as u64;
    let existing: Vec<String> = senders
        .iter()
        .filter(|r| !made.contains_key(&r.email))
        .map(|r| r.email.clone())
        .collect();
    let mut accounts = accounts_of(txn, &existing).await?;
    for row in &senders {
        if let Some(&id) = made.get(&row.email) {
            accounts.insert(row.email.clone(), new_account(id, row));
        }
    }

    let accounts = &accounts;
    let ids: Vec<Vec<i64>> = stream::iter(rows.chunks(ROWS_PER_STATEMENT))
        .map(|part| async move {
            let prepared = part
                .iter()
                .map(|row| {
                    let author = accounts
                        .get(&row.email)
                        .ok_or_else(|| super::internal("an imported sender has no account"))?;
                    let pending = pending_row(
                        Place {
                            paper_id: context.paper_id,
                            version_id: context.version_id,
                            paragraph_id: row.paragraph_id,
                            parent_id: None,
                        },
                        author,
                        row.quote.clone(),
                        row.body.clone(),
                        row.consent,
                        context.late,
                        at,
                    );
                    Ok(pending.tagged(row.tags.clone()))
                })
                .collect::<Result<Vec<_>, AppError>>()?;
            let ids = store::write_all(txn, &prepared).await?;
            Ok::<_, AppError>(ids)
        })
        .buffered(STATEMENTS_IN_FLIGHT)
        .try_collect()
        .await?;
    let ids: Vec<i64> = ids.into_iter().flatten().collect();
    let written: Vec<(i64, i64)> = ids.iter().map(|&id| (id, context.paper_id)).collect();
    campaigns::place_written(txn, &written, &signed).await?;
    let first = ids.iter().min().copied().unwrap_or_default();
    let last = ids.iter().max().copied().unwrap_or_default();
    transaction.commit().await.or_internal()?;
    Ok(((first, last), made_count))
}

/// The account just made for a sender, as it was written.
fn new_account(id: i64, row: &Row) -> Author {
    Author {
        id,
        display_name: row.profile.display_name.clone(),
        stakeholder_group: row.profile.stakeholder_group.code().to_owned(),
        country: row.profile.country.clone(),
        organisation: row.profile.organisation.clone(),
        capacity: row.profile.capacity.code().to_owned(),
    }
}

async fn accounts_of(
    db: &impl ConnectionTrait,
    emails: &[String],
) -> Result<HashMap<String, Author>, AppError> {
    let mut found = HashMap::with_capacity(emails.len());
    for part in emails.chunks(ROWS_PER_STATEMENT * 4) {
        for account in user::Entity::find()
            .filter(user::Column::Email.is_in(part.iter().cloned()))
            .all(db)
            .await
            .or_internal()?
        {
            found.insert(account.email.clone(), Author::from(&account));
        }
    }
    Ok(found)
}
