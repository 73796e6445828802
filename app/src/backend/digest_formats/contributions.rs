//! The contributions a digest lists, as a CSV file of their own (RFC 4180, UTF-8 with a
//! byte-order mark, one row per contribution): the comment CSV keeps its columns.

use crate::backend::OrInternal;
use crate::domain::AppError;
use crate::domain::contributions::DigestContribution;
use crate::domain::user_text::csv_cell;

/// The columns, in order.
pub const CONTRIBUTION_COLUMNS: [&str; 13] = [
    "reference",
    "title",
    "summary",
    "author_name",
    "author_organisation",
    "stakeholder_group",
    "country",
    "region",
    "paper",
    "published_at",
    "url",
    "files",
    "text_excerpt",
];

/// One contribution's cells, in the order of [`CONTRIBUTION_COLUMNS`]: the name and
/// organisation only as its author consented, the file names joined with "; ".
fn cells(c: &DigestContribution) -> [String; CONTRIBUTION_COLUMNS.len()] {
    let k = &c.card;
    let files: Vec<&str> = k.files.iter().map(|f| f.name.as_str()).collect();
    [
        k.reference.clone(),
        k.title.clone(),
        k.summary.clone(),
        k.author.name.clone().unwrap_or_default(),
        k.author.organisation.clone().unwrap_or_default(),
        k.author.group.code().to_owned(),
        k.author.country.clone(),
        k.author.region.map_or("", |r| r.code()).to_owned(),
        k.paper_code.clone().unwrap_or_default(),
        c.published_at.clone().unwrap_or_default(),
        c.url.clone(),
        files.join("; "),
        c.excerpt.clone(),
    ]
}

/// The contributions as CSV, newest first as listed. Every cell goes through
/// [`csv_cell`], so that none starts a formula in a spreadsheet (the app's own codes and
/// dates never do, and come out as they are).
pub fn contributions_csv(list: &[DigestContribution]) -> Result<Vec<u8>, AppError> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut out);
    writer.write_record(CONTRIBUTION_COLUMNS).or_internal()?;
    for c in list {
        let row = cells(c);
        writer
            .write_record(row.iter().map(|cell| csv_cell(cell).into_owned()))
            .or_internal()?;
    }
    writer.flush().or_internal()?;
    drop(writer);
    Ok(out)
}
