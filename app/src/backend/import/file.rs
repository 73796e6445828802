//! The import file read and checked: its header, each row as the web forms check theirs,
//! the senders' suspended accounts, the documents the rows name, and the checked rows
//! read again a chunk at a time.

use super::attached;
use super::senders::suspended;
use super::{Context, ImportError, OPTIONAL, REQUIRED, ROWS_PER_STATEMENT, Row, RowProblem};
use crate::backend::campaigns::minhash::Signed;
use crate::backend::documents::Accepted;
use crate::backend::entities::{paragraph, tag};
use crate::backend::lookups::{commentable, current_version};
use crate::backend::{OrInternal, consultations, now};
use crate::domain::comment::{CommentForm, validate_comment};
use crate::domain::contributions::UploadLimits;
use crate::domain::validation::{validate_email, validate_profile};
use crate::domain::{Capacity, Field, Problem, ProfileForm};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::io::Read;

/// Rows written in one transaction.
const ROWS_PER_TRANSACTION: usize = 5_000;
/// Problems listed at most; the count says how many more there are.
const MOST_PROBLEMS_LISTED: usize = 100;

/// Reads the checked file again, a chunk at a time, with each row's campaign signature.
pub(super) fn read_chunks<R: Read>(
    context: &Context,
    reader: csv::Reader<R>,
    chunks: &tokio::sync::mpsc::Sender<Result<Vec<(Row, Signed)>, ImportError>>,
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
                // The text of its attachments counts towards its likeness, as a comment's.
                let signed = if row.files.is_empty() {
                    Signed::of(&row.body)
                } else {
                    let mut text = row.body.clone();
                    for name in &row.files {
                        if let Some(attached) = context.attached.get(name)
                            && let Some(read) = &attached.text
                        {
                            text.push('\n');
                            text.push_str(read);
                        }
                    }
                    Signed::of(&text)
                };
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

pub(super) fn open_csv<R: Read>(
    open: &impl Fn() -> std::io::Result<R>,
) -> Result<csv::Reader<R>, ImportError> {
    let source = open().map_err(|e| ImportError::Unreadable(e.to_string()))?;
    Ok(csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::None)
        .from_reader(source))
}

pub(super) async fn context<R: Read>(
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
        attached: HashMap::new(),
    })
}

/// Checks every row, and the accounts of their senders, without writing.
pub(super) async fn check<R: Read>(
    db: &DatabaseConnection,
    context: &Context,
    reader: csv::Reader<R>,
    folder: Option<&std::path::Path>,
) -> Result<HashMap<String, Accepted>, ImportError> {
    let mut named: Vec<(u64, String)> = Vec::new();
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
            Ok(row) => {
                named.extend(row.files.iter().map(|n| (line, n.clone())));
                emails.push((line, row.email));
            }
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
    // The documents only once every row is fine: reading them takes a while.
    let mut accepted = HashMap::new();
    if total == 0 {
        let (found, problems) = attached::check(folder, &named, UploadLimits::default()).await;
        for problem in problems {
            note(problem, &mut total);
        }
        accepted = found;
    }
    if total > 0 {
        listed.sort_by_key(|p| p.line);
        return Err(ImportError::Problems { listed, total });
    }
    Ok(accepted)
}

fn suspended_problem(line: u64) -> RowProblem {
    RowProblem {
        line,
        column: "email",
        problem: Problem::AccountSuspended,
    }
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
        language: String::new(),
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
        consent: comment.consent,
        files: attached::names(value("files")),
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
