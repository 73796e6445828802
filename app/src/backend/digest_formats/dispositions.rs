//! The disposition of comments on a version, as CSV (RFC 4180, UTF-8 with a byte-order
//! mark, one row per comment): every published comment on the version before, with its
//! reference, its paragraph then and now, the attribution its author consented to, the
//! secretariat's disposition and response. The W3C's "disposition of comments" and ICANN's
//! report on public comments, for a drafting team's spreadsheet.

use super::docx::{heading, pack, styled, table, text_paragraph};
use super::labels::Words;
use crate::backend::OrInternal;
use crate::domain::AppError;
use crate::domain::changes::PaperChanges;
use crate::domain::comment::CommentView;
use crate::domain::desk::{ChangedIn, DispositionKind};
use crate::domain::user_text::{csv_cell, isolate};
use crate::domain::versions::Fate;

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
            fate: p.fate,
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

/// The report as CSV, one row per comment, columns [`DISPOSITION_COLUMNS`]; the
/// attribution in the words of `w`, the rest codes. User text goes through [`csv_cell`].
pub fn dispositions_csv(changes: &PaperChanges, w: Words) -> Result<Vec<u8>, AppError> {
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
                place.fate_code(),
                place.now.as_str(),
                &csv_cell(&w.attribution(&c.author)),
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

/// The report as a word-processor document in the words of `w`: a title, then a table
/// with a row per comment (reference, paragraph then and now, attribution, comment,
/// disposition and response). User text is isolated (bidi) as in the digest.
pub fn dispositions_docx(changes: &PaperChanges, w: Words) -> Result<Vec<u8>, AppError> {
    let (t, f) = (w.t(), w.f());
    let (from, to) = (changes.version - 1, changes.version);
    let title = (f.dispositions_title)(
        &changes.paper_code,
        &isolate(&changes.paper_title),
        from,
        to,
    );
    let header = [
        f.col_reference,
        f.col_paragraph,
        f.col_from,
        f.col_comment,
        f.col_disposition_response,
    ]
    .map(str::to_owned);
    let body = rows(changes)
        .into_iter()
        .map(|Row { place, comment: c }| {
            let paragraph = match place.fate {
                _ if place.then.is_empty() => f.the_whole_paper.to_owned(),
                Some(fate) => (f.paragraph_fate)(&place.then, (t.e.fate_name)(fate), &place.now),
                None => place.then,
            };
            let (kind, response, changed) = answer(c);
            let mut disposition = match kind {
                None => t.g.no_disposition.to_owned(),
                Some(k) if response.is_empty() => (t.d.disposition_name)(k).to_owned(),
                Some(k) => format!("{}: {}", (t.d.disposition_name)(k), isolate(response)),
            };
            if let Some(ch) = changed {
                disposition.push(' ');
                disposition.push_str(&(t.d.led_to_change)(&ch.number, ch.version));
            }
            vec![
                c.reference.clone(),
                paragraph,
                isolate(&w.attribution(&c.author)),
                isolate(&c.body),
                disposition,
            ]
        })
        .collect();
    let doc = styled(docx_rs::Docx::new())
        .add_paragraph(heading(w, 1, &title))
        .add_paragraph(text_paragraph(w, &(f.dispositions_intro)(from, to)))
        .add_table(table(w, &header, body));
    pack(doc)
}

/// A comment's paragraph on the version before, what became of it, and where it is now
/// (all empty for the paper as a whole).
#[derive(Clone, Debug, Default)]
struct Place {
    then: String,
    /// `None`: a paragraph added in the new version (or none at all).
    fate: Option<Fate>,
    now: String,
}

impl Place {
    /// What became of the paragraph as the CSV writes it: the fate's code, `added` for a
    /// paragraph new in the version, nothing for the paper as a whole.
    fn fate_code(&self) -> &'static str {
        match self.fate {
            Some(fate) => fate.code(),
            None if self.then.is_empty() => "",
            None => "added",
        }
    }
}
