//! The digest as CSV (RFC 4180, UTF-8 with a byte-order mark, one row per comment),
//! streamed from the database a chunk at a time.

use super::labels::Words;
use crate::backend::OrInternal;
use crate::backend::digest::Selection;
use crate::domain::AppError;
use crate::domain::digest::DigestComment;
use crate::domain::user_text::csv_cell;
use futures::{Stream, StreamExt, TryStreamExt};
use sea_orm::DatabaseConnection;
use std::borrow::Cow;
use std::collections::HashMap;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 24] = [
    "reference",
    "paper",
    "paragraph",
    "status",
    "stakeholder_group",
    "country",
    "region",
    "name",
    "organisation",
    "tags",
    "submitted_at",
    "late",
    "in_reply_to",
    "campaign",
    "campaign_size",
    "disposition",
    "response",
    "quote",
    "body",
    "attribution",
    // Added after the others, so that existing spreadsheets keep their columns.
    "version",
    // The addresses of its attached documents, separated by spaces.
    "files",
    // How it arrived: `verified` (an account with a confirmed address) or `import`.
    "arrival",
    // The names of the confirmed themes it is in, separated by "; ".
    "themes",
];

/// The digest's CSV, streamed: the byte-order mark and header, then the rows a chunk at a
/// time in reference order, so that memory stays bounded whatever the number of comments.
/// The columns' names and the codes are the same in every language; the attribution, the
/// column people read, is in the words of `w`.
pub async fn csv_stream(
    db: DatabaseConnection,
    selection: Selection,
    w: Words,
) -> Result<impl Stream<Item = Result<Vec<u8>, AppError>> + Send + 'static, AppError> {
    let sizes = selection.campaign_sizes(&db).await?;
    let paper_ids: Vec<i64> = selection.papers.iter().map(|p| p.id).collect();
    let themes = crate::backend::themes::view::confirmed_labels(
        &db,
        &paper_ids,
        selection.filter.all_statuses,
    )
    .await?;
    let mut head = Vec::from("\u{feff}".as_bytes());
    head.extend(csv_records([CSV_COLUMNS.map(Cow::Borrowed)])?);
    // A producer reads and encodes the next chunks while the earlier ones are sent; the
    // channel holds two, so memory stays bounded, and it stops when the client goes away.
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Vec<u8>, AppError>>(2);
    tokio::spawn(async move {
        let mut rows = selection.rows();
        loop {
            let bytes = match rows.next(&db).await {
                Ok(Some(chunk)) => csv_records(
                    chunk
                        .iter()
                        .map(|r| csv_row(&r.comment, &sizes, themes.get(&r.id), w)),
                ),
                Ok(None) => break,
                Err(err) => Err(err),
            };
            let failed = bytes.is_err();
            if sender.send(bytes).await.is_err() || failed {
                break;
            }
        }
    });
    let rows = futures::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    });
    // Fused: a body layer (compression) may poll once more after the end.
    Ok(futures::stream::once(async { Ok(head) }).chain(rows).fuse())
}

/// The whole CSV in memory (tests and small digests).
pub async fn csv(
    db: &DatabaseConnection,
    selection: Selection,
    w: Words,
) -> Result<Vec<u8>, AppError> {
    let chunks: Vec<Vec<u8>> = csv_stream(db.clone(), selection, w)
        .await?
        .try_collect()
        .await?;
    Ok(chunks.concat())
}

fn csv_records<'a, R: IntoIterator<Item = [Cow<'a, str>; CSV_COLUMNS.len()]>>(
    records: R,
) -> Result<Vec<u8>, AppError> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for record in records {
        writer
            .write_record(record.iter().map(|f| f.as_bytes()))
            .or_internal()?;
    }
    writer.into_inner().or_internal()
}

/// One comment's row. Every cell of user text goes through [`csv_cell`], so that none
/// starts a formula in a spreadsheet; the app's own codes, dates and numbers are written
/// as they are.
fn csv_row<'a>(
    c: &'a DigestComment,
    sizes: &HashMap<i64, u64>,
    themes: Option<&String>,
    w: Words,
) -> [Cow<'a, str>; CSV_COLUMNS.len()] {
    let text = |s: &'a Option<String>| csv_cell(s.as_deref().unwrap_or_default());
    let owned = |s: String| Cow::Owned(csv_cell(&s).into_owned());
    [
        Cow::Borrowed(&c.reference),
        csv_cell(&c.paper_code),
        text(&c.paragraph),
        Cow::Borrowed(c.status.code()),
        Cow::Borrowed(c.author.group.code()),
        Cow::Borrowed(&c.author.country),
        Cow::Borrowed(c.author.region.map_or("", |r| r.code())),
        text(&c.author.name),
        text(&c.author.organisation),
        owned(
            c.tags
                .iter()
                .map(|t| t.slug.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        ),
        Cow::Borrowed(&c.submitted_at),
        Cow::Borrowed(if c.late { "yes" } else { "no" }),
        text(&c.parent_reference),
        Cow::Owned(c.campaign.map(|id| id.to_string()).unwrap_or_default()),
        Cow::Owned(
            c.campaign
                .and_then(|id| sizes.get(&id))
                .map(u64::to_string)
                .unwrap_or_default(),
        ),
        Cow::Borrowed(c.disposition.map_or("", |k| k.code())),
        text(&c.response),
        text(&c.quote),
        csv_cell(&c.body),
        owned(w.attribution(&c.author)),
        Cow::Owned(c.version.to_string()),
        owned(
            c.files
                .iter()
                .map(|f| f.href.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        Cow::Borrowed(c.arrival.code()),
        owned(themes.cloned().unwrap_or_default()),
    ]
}
