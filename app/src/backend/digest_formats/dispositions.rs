//! The disposition of comments on a version, as CSV (RFC 4180, UTF-8 with a byte-order
//! mark, one row per comment): every published comment on the version before, with its
//! reference, its paragraph then and now, the attribution its author consented to, the
//! secretariat's disposition and response. The W3C's "disposition of comments" and ICANN's
//! report on public comments, for a drafting team's spreadsheet.

use super::docx::{heading, pack, styled, table, text_paragraph};
use super::labels::{attribution, en};
use crate::backend::OrInternal;
use crate::domain::AppError;
use crate::domain::changes::PaperChanges;
use crate::domain::comment::CommentView;
use crate::domain::desk::{ChangedIn, DispositionKind};
use crate::domain::user_text::{csv_cell, isolate};

/// The columns, in order.
pub const DISPOSITION_COLUMNS: [&str; 13] = [
    "reference",
    "paper",
    "version",
    "paragraph",
    "what_became_of_it",
    "now_paragraph",
    "attribution",
    "submitted_at",
    "disposition",
    "response",
    "changed_version",
    "changed_paragraph",
    "body",
];

/// One row of the report: a comment written on the version before, where it was and is.
struct Row<'a> {
    place: Place,
    comment: &'a CommentView,
}

/// Every published comment written on the version before `changes.version`, in the order
/// of the paragraphs, then those on the paper as a whole (no paragraph).
fn rows(changes: &PaperChanges) -> Vec<Row<'_>> {
    let on_paragraphs = changes.paragraphs.iter().flat_map(|p| {
        let place = Place {
            then: p.old_number.clone().unwrap_or_default(),
            fate: p.fate.map_or("added", |f| f.code()),
            now: p.new_numbers.join(";"),
        };
        p.comments.iter().map(move |comment| Row {
            place: place.clone(),
            comment,
        })
    });
    let on_the_paper = changes.whole_paper.iter().map(|comment| Row {
        place: Place::default(),
        comment,
    });
    on_paragraphs.chain(on_the_paper).collect()
}

/// The disposition's code, the response and the change it led to (none when there is no
/// disposition yet).
fn answer(c: &CommentView) -> (Option<DispositionKind>, &str, Option<&ChangedIn>) {
    c.disposition.as_ref().map_or((None, "", None), |d| {
        (Some(d.kind), d.response.as_str(), d.changed_in.as_ref())
    })
}

/// The report as CSV, one row per comment, columns [`DISPOSITION_COLUMNS`]. User text
/// goes through [`csv_cell`].
pub fn dispositions_csv(changes: &PaperChanges) -> Result<Vec<u8>, AppError> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut out);
    writer.write_record(DISPOSITION_COLUMNS).or_internal()?;
    let earlier = (changes.version - 1).to_string();
    for Row { place, comment: c } in rows(changes) {
        let (kind, response, changed) = answer(c);
        let changed_version = changed.map(|ch| ch.version.to_string()).unwrap_or_default();
        writer
            .write_record([
                c.reference.as_str(),
                changes.paper_code.as_str(),
                earlier.as_str(),
                place.then.as_str(),
                place.fate,
                place.now.as_str(),
                &csv_cell(&attribution(&c.author)),
                c.submitted_at.as_str(),
                kind.map_or("", DispositionKind::code),
                &csv_cell(response),
                changed_version.as_str(),
                changed.map_or("", |ch| ch.number.as_str()),
                &csv_cell(&c.body),
            ])
            .or_internal()?;
    }
    writer.flush().or_internal()?;
    drop(writer);
    Ok(out)
}

/// The report as a word-processor document: a title, then a table with a row per comment
/// (reference, paragraph then and now, attribution, comment, disposition and response).
/// User text is isolated (bidi) as in the digest.
pub fn dispositions_docx(changes: &PaperChanges) -> Result<Vec<u8>, AppError> {
    let title = format!(
        "Disposition of comments: {} {}, version {} to version {}",
        changes.paper_code,
        isolate(&changes.paper_title),
        changes.version - 1,
        changes.version
    );
    let header = [
        "Reference",
        "Paragraph",
        "From",
        "Comment",
        "Disposition and response",
    ]
    .map(str::to_owned);
    let body = rows(changes)
        .into_iter()
        .map(|Row { place, comment: c }| {
            let paragraph = if place.then.is_empty() {
                "The paper as a whole".to_owned()
            } else if place.now.is_empty() {
                format!("{} ({})", place.then, place.fate)
            } else {
                format!("{} ({}, now {})", place.then, place.fate, place.now)
            };
            let (kind, response, changed) = answer(c);
            let mut disposition = match kind {
                None => "None yet".to_owned(),
                Some(k) if response.is_empty() => (en().d.disposition_name)(k).to_owned(),
                Some(k) => format!("{}: {}", (en().d.disposition_name)(k), isolate(response)),
            };
            if let Some(ch) = changed {
                disposition.push(' ');
                disposition.push_str(&(en().d.led_to_change)(&ch.number, ch.version));
            }
            vec![
                c.reference.clone(),
                paragraph,
                isolate(&attribution(&c.author)),
                isolate(&c.body),
                disposition,
            ]
        })
        .collect();
    let doc = styled(docx_rs::Docx::new())
        .add_paragraph(heading(1, &title))
        .add_paragraph(text_paragraph(&format!(
            "Every published comment on version {} with the secretariat's disposition, and the paragraph of version {} it now corresponds to.",
            changes.version - 1,
            changes.version
        )))
        .add_table(table(&header, body));
    pack(doc)
}

/// A comment's paragraph on the version before, what became of it, and where it is now
/// (all empty for the paper as a whole).
#[derive(Clone, Debug, Default)]
struct Place {
    then: String,
    fate: &'static str,
    now: String,
}
