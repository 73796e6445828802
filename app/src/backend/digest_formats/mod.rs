//! The digest as files: Markdown, CSV (RFC 4180, UTF-8 with a byte-order mark for
//! spreadsheets, one row per comment), JSON, and a word-processor document (DOCX, written
//! with docx-rs) that the secretariat edits further. The Markdown and the DOCX are written in
//! the language chosen for them ([`Words`]; the DOCX's paragraphs run right to left in
//! Arabic); the CSV keeps its column names and codes in every language, so that a script or
//! a spreadsheet reads any language's file alike, and writes its attribution column in the
//! chosen language; the JSON holds codes only. The same digest in the same language gives
//! the same bytes.
//!
//! `labels` holds the words every file shares; `markdown`, `csv` and `docx` each
//! write one format; `contributions` writes the contributions the digest lists as a CSV of
//! their own (the Markdown, DOCX and JSON carry them as a section or a field);
//! `dispositions` writes the disposition of comments on a paper's version.

mod contributions;
mod csv;
mod dispositions;
mod docx;
mod labels;
mod markdown;
mod themes;

pub use self::csv::{CSV_COLUMNS, csv, csv_stream};
pub use contributions::{CONTRIBUTION_COLUMNS, contributions_csv};
pub use dispositions::{DISPOSITION_COLUMNS, dispositions_csv, dispositions_docx};
pub use docx::docx;
pub use labels::Words;
pub use markdown::markdown;

use super::OrInternal;
use crate::domain::AppError;
use crate::domain::digest::Digest;

/// A file format of the digest: the CSV is streamed from the database; the documents are
/// rendered from the built [`Digest`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Document(Document),
}

/// A format rendered from the whole digest model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    Markdown,
    Json,
    Docx,
}

impl Format {
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext {
            "md" => Some(Self::Document(Document::Markdown)),
            "csv" => Some(Self::Csv),
            "json" => Some(Self::Document(Document::Json)),
            "docx" => Some(Self::Document(Document::Docx)),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv; charset=utf-8",
            Self::Document(Document::Markdown) => "text/markdown; charset=utf-8",
            Self::Document(Document::Json) => "application/json",
            Self::Document(Document::Docx) => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Document(Document::Markdown) => "md",
            Self::Document(Document::Json) => "json",
            Self::Document(Document::Docx) => "docx",
        }
    }
}

pub fn render(digest: &Digest, format: Document, w: Words) -> Result<Vec<u8>, AppError> {
    match format {
        Document::Markdown => Ok(markdown(digest, w).into_bytes()),
        Document::Json => serde_json::to_vec_pretty(digest).or_internal(),
        Document::Docx => docx(digest, w),
    }
}
