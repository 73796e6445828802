//! Consultations, working papers and their numbered paragraphs, as the pages see them.

use serde::{Deserialize, Serialize};

/// The WGIG's four clusters of public policy issues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueCluster {
    Infrastructure,
    UseOfInternet,
    WiderImpact,
    Development,
}

impl IssueCluster {
    pub const ALL: [Self; 4] = [
        Self::Infrastructure,
        Self::UseOfInternet,
        Self::WiderImpact,
        Self::Development,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Infrastructure => "infrastructure",
            Self::UseOfInternet => "use_of_internet",
            Self::WiderImpact => "wider_impact",
            Self::Development => "development",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsultationStatus {
    Draft,
    Open,
    Closed,
    Archived,
}

impl ConsultationStatus {
    pub const ALL: [Self; 4] = [Self::Draft, Self::Open, Self::Closed, Self::Archived];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A consultation as listed on the home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationSummary {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub status: ConsultationStatus,
    /// RFC 3339, UTC.
    pub opens_at: String,
    /// RFC 3339, UTC.
    pub closes_at: String,
    pub paper_count: u64,
}

/// A working paper as listed on its consultation's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperSummary {
    pub code: String,
    pub title: String,
    pub abstract_text: String,
    pub cluster: IssueCluster,
    pub version: i32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationDetail {
    pub consultation: ConsultationSummary,
    pub papers: Vec<PaperSummary>,
    /// Whether this reader may open the consultation's comment digest: anyone once the
    /// secretariat has made it public, the secretariat always. Set by the server function.
    #[serde(default)]
    pub digest_link: bool,
}

/// What a block of a working paper is; headings open numbered sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    List,
    Quote,
}

impl BlockKind {
    pub fn code(self) -> &'static str {
        match self {
            Self::Heading => "heading",
            Self::Paragraph => "paragraph",
            Self::List => "list",
            Self::Quote => "quote",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Heading, Self::Paragraph, Self::List, Self::Quote]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// One numbered block of a paper: a heading ("2") or a paragraph ("2.1").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphView {
    pub id: i64,
    pub number: String,
    pub kind: BlockKind,
    /// Heading depth (2 for `##`), 0 for other blocks.
    pub level: u8,
    /// Plain text; a list's items are separated by newlines.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperView {
    pub consultation_slug: String,
    pub consultation_title: String,
    pub paper: PaperSummary,
    pub paragraphs: Vec<ParagraphView>,
    /// As [`ConsultationDetail::digest_link`], for the paper's digest.
    #[serde(default)]
    pub digest_link: bool,
    /// The language of the title, abstract and paragraphs shown: the paper's own or a
    /// translation's (a code of `i18n::Locale`).
    pub text_language: String,
    /// The languages the paper can be read in: its own first, then its translations.
    pub languages: Vec<String>,
}
