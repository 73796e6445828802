//! The disposition of comments on a version, as CSV (RFC 4180, UTF-8 with a byte-order
//! mark, one row per comment): every published comment on the version before, with its
//! reference, its paragraph then and now, the attribution its author consented to, the
//! secretariat's disposition and response. The W3C's "disposition of comments" and ICANN's
//! report on public comments, for a drafting team's spreadsheet.

use super::labels::attribution;
use crate::backend::OrInternal;
use crate::domain::AppError;
use crate::domain::changes::PaperChanges;
use crate::domain::user_text::csv_cell;

/// The columns, in order.
pub const DISPOSITION_COLUMNS: [&str; 11] = [
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
    "body",
];

/// Every published comment written on the version before `changes.version`, one row each,
/// in the order of the paragraphs, then those on the paper as a whole (no paragraph). User
/// text goes through [`csv_cell`].
pub fn dispositions_csv(changes: &PaperChanges) -> Result<Vec<u8>, AppError> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut out);
    writer.write_record(DISPOSITION_COLUMNS).or_internal()?;
    let earlier = (changes.version - 1).to_string();
    let on_paragraphs = changes.paragraphs.iter().flat_map(|p| {
        let place = Place {
            then: p.old_number.clone().unwrap_or_default(),
            fate: p.fate.map_or("added", |f| f.code()),
            now: p.new_numbers.join(";"),
        };
        p.comments.iter().map(move |c| (place.clone(), c))
    });
    let on_the_paper = changes.whole_paper.iter().map(|c| (Place::default(), c));
    for (place, c) in on_paragraphs.chain(on_the_paper) {
        let (kind, response) = c
            .disposition
            .as_ref()
            .map_or(("", ""), |d| (d.kind.code(), d.response.as_str()));
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
                kind,
                &csv_cell(response),
                &csv_cell(&c.body),
            ])
            .or_internal()?;
    }
    writer.flush().or_internal()?;
    drop(writer);
    Ok(out)
}

/// A comment's paragraph on the version before, what became of it, and where it is now
/// (all empty for the paper as a whole).
#[derive(Clone, Debug, Default)]
struct Place {
    then: String,
    fate: &'static str,
    now: String,
}
