//! Contributions: documents a stakeholder sends to a consultation (a position paper, a
//! statement), checked at the door, read for search and published like comments.

use crate::domain::comment::{Attribution, CommentStatus, Consent};
use crate::domain::user_text::{excerpt, is_bidi_control};
use crate::domain::validation::{validate_choice, validate_line};
use crate::domain::{Field, Problem};
use serde::{Deserialize, Serialize};

/// The kinds of file Consult accepts, decided from the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Pdf,
    Docx,
    Odt,
    Text,
    Markdown,
}

impl FileKind {
    pub const ALL: [Self; 5] = [Self::Pdf, Self::Docx, Self::Odt, Self::Text, Self::Markdown];

    /// The `accept` attribute of a file input: what the browser offers to choose (the
    /// server decides from the content, whatever is chosen).
    pub fn accept_attribute() -> String {
        Self::ALL
            .iter()
            .map(|k| format!(".{}", k.extension()))
            .chain(["application/pdf".to_owned(), "text/plain".to_owned()])
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Odt => "odt",
            Self::Text => "text",
            Self::Markdown => "markdown",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The media type it is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Odt => "application/vnd.oasis.opendocument.text",
            Self::Text => "text/plain; charset=utf-8",
            Self::Markdown => "text/markdown; charset=utf-8",
        }
    }

    /// The extension a downloaded copy gets, whatever its sender named it.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Odt => "odt",
            Self::Text => "txt",
            Self::Markdown => "md",
        }
    }

    /// Whether a browser may show it in place: PDF and text, which cannot run anything
    /// under the sandbox they are served with. Word processor files are downloaded.
    pub fn inline(self) -> bool {
        matches!(self, Self::Pdf | Self::Text | Self::Markdown)
    }

    /// The short name shown beside a file ("PDF", "DOCX").
    pub fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Docx => "DOCX",
            Self::Odt => "ODT",
            Self::Text => "TXT",
            Self::Markdown => "Markdown",
        }
    }
}

/// Why a file was refused at the door: each names the problem to its sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileRefusal {
    Empty,
    /// Larger than the limit (in bytes).
    TooLarge {
        max: u64,
    },
    /// Not a PDF, DOCX, ODT, plain text or Markdown file, whatever its name says.
    UnknownType,
    /// Encrypted or protected by a password (also a Word file saved with one, which is no
    /// longer a DOCX inside).
    Encrypted,
    /// A document with macros.
    Macros,
    /// A PDF with scripts, actions that launch programs, or embedded files; or a web page
    /// dressed as a PDF.
    ActiveContent,
    /// Damaged, or not what it claims to be inside.
    Malformed,
    /// A compressed document that would inflate past the bound (a "zip bomb").
    TooManyBytesInside,
    /// More files than a contribution may carry.
    TooMany {
        max: usize,
    },
    /// An import names a file that is not in the folder beside it.
    Missing,
}

/// The limits of what a stakeholder may send (set by the server's flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadLimits {
    /// Bytes per file.
    pub max_file: u64,
    /// Files per contribution.
    pub max_files: usize,
}

impl Default for UploadLimits {
    fn default() -> Self {
        Self {
            max_file: 20 * 1024 * 1024,
            max_files: 5,
        }
    }
}

/// A file as a reader sees it listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    pub position: i32,
    pub name: String,
    pub kind: FileKind,
    pub size: i64,
    pub pages: Option<i32>,
    /// Whether text could be read from it (for search and the desk).
    pub text_extracted: bool,
    pub href: String,
}

/// A contribution as a list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionCard {
    pub id: i64,
    pub reference: String,
    pub title: String,
    pub summary: String,
    pub author: Attribution,
    pub paper_code: Option<String>,
    pub files: Vec<FileView>,
    pub status: CommentStatus,
    /// RFC 3339.
    pub submitted_at: String,
}

impl ContributionCard {
    pub fn href(&self) -> String {
        format!("/contributions/{}", self.id)
    }
}

/// The reference people quote for a contribution: "C-000042".
pub fn reference(id: i64) -> String {
    format!("C-{id:06}")
}

/// How many characters of a contribution's text a digest quotes.
pub const DIGEST_EXCERPT: usize = 600;

/// A contribution as the comment digest lists it: its card, the start of its text, where
/// it is read and when it was published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestContribution {
    pub card: ContributionCard,
    /// The first [`DIGEST_EXCERPT`] characters of the text read from its files, in their
    /// order, with runs of white space folded to one space (text read from a PDF breaks
    /// at every line); its summary when no text could be read.
    pub excerpt: String,
    /// Its page's path (the digest files name no host).
    pub url: String,
    /// RFC 3339.
    pub published_at: Option<String>,
}

/// The excerpt a digest quotes: the start of `texts` (the files' texts, in order) with
/// white space folded, or of `summary` when they hold none. See [`DigestContribution`].
pub fn digest_excerpt<'a>(texts: impl IntoIterator<Item = &'a str>, summary: &str) -> String {
    let fold = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = fold(&texts.into_iter().collect::<Vec<_>>().join(" "));
    let text = if text.is_empty() { fold(summary) } else { text };
    excerpt(&text, DIGEST_EXCERPT)
}

/// A contribution's own page: the card, with what the secretariat said of it and the
/// text read from its files (for its author and the secretariat).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionPage {
    pub card: ContributionCard,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub status_reason: Option<String>,
    /// Whether the viewer is its author.
    pub own: bool,
    /// The numbers of the paragraphs it concerns (of the paper's version current when it
    /// was sent), in the paper's order.
    #[serde(default)]
    pub paragraphs: Vec<String>,
    /// The published comments on those paragraphs, oldest first.
    #[serde(default)]
    pub concerned: Vec<ConcernedComment>,
}

/// A published comment on a paragraph a contribution concerns, as the contribution's page
/// lists it: a link to where it is read, with the start of its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernedComment {
    pub reference: String,
    pub paragraph: String,
    pub excerpt: String,
    pub href: String,
}

/// The most paragraphs a contribution may name.
pub const MAX_PARAGRAPHS: usize = 20;

/// The paragraph numbers typed in a contribution's form ("2.1, 3.4" or "2.1 3.4"), in
/// order, each once.
pub fn paragraph_numbers(typed: &str) -> Vec<String> {
    let mut numbers: Vec<String> = Vec::new();
    for n in typed
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        if !numbers.iter().any(|m| m == n) {
            numbers.push(n.to_owned());
        }
    }
    numbers
}

/// A pending contribution on the desk: its card, and the text read from each of its
/// files (in the same order; none where it could not be read).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskContribution {
    pub card: ContributionCard,
    pub texts: Vec<Option<String>>,
    /// Readers' open reports, for a published contribution.
    #[serde(default)]
    pub flags: Vec<crate::domain::desk::FlagSummary>,
}

/// The consultation's published contributions, filtered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionFilter {
    pub group: Option<crate::domain::StakeholderGroup>,
    pub region: Option<crate::domain::countries::Region>,
    pub paper: Option<String>,
}

/// A consultation's published contributions as its list page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionList {
    pub slug: String,
    pub consultation_title: String,
    /// Code and title of each paper, for the filter.
    pub papers: Vec<(String, String)>,
    pub filter: ContributionFilter,
    pub cards: Vec<ContributionCard>,
}

/// What the contribution form needs: the consultation, its papers, and the fields as the
/// author last sent them when the server refused them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionForm {
    pub slug: String,
    pub consultation_title: String,
    pub open: bool,
    pub papers: Vec<(String, String)>,
    pub token: String,
    pub limits: UploadLimits,
    pub draft: ContributionDraft,
}

/// The fields of the contribution form, as sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionDraft {
    pub title: String,
    pub summary: String,
    pub paper: String,
    /// The paragraph numbers as typed.
    #[serde(default)]
    pub paragraphs: String,
    pub consent: String,
    /// Why the server refused it, if it did.
    pub problems: Vec<FormProblem>,
}

/// A problem with a sent contribution: a field's, or one file's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormProblem {
    Field(Field, Problem),
    File { name: String, refusal: FileRefusal },
}

/// The title and summary of a contribution, checked.
pub struct ValidContribution {
    pub title: String,
    pub summary: String,
    pub consent: Consent,
}

/// The longest title and summary.
pub const MAX_TITLE: usize = 200;
pub const MAX_SUMMARY: usize = 2_000;

/// Checks the fields of a contribution (not its files).
pub fn validate(
    title: &str,
    summary: &str,
    consent: &str,
) -> Result<ValidContribution, Vec<FormProblem>> {
    let mut problems = Vec::new();
    let mut check = |field, result: Result<String, Problem>| {
        result
            .map_err(|p| problems.push(FormProblem::Field(field, p)))
            .ok()
    };
    let title = check(Field::Title, validate_line(title, MAX_TITLE));
    let summary = check(Field::Description, validate_summary(summary));
    let consent = validate_choice(consent, Consent::from_code)
        .map_err(|p| problems.push(FormProblem::Field(Field::Consent, p)))
        .ok();
    match (title, summary, consent) {
        (Some(title), Some(summary), Some(consent)) if problems.is_empty() => {
            Ok(ValidContribution {
                title,
                summary,
                consent,
            })
        }
        _ => Err(problems),
    }
}

/// A summary: several lines allowed, within [`MAX_SUMMARY`] characters, no control
/// characters other than line breaks and tabs.
fn validate_summary(raw: &str) -> Result<String, Problem> {
    let value = raw.trim().replace("\r\n", "\n");
    if value.is_empty() {
        Err(Problem::Required)
    } else if value.chars().count() > MAX_SUMMARY {
        Err(Problem::TooLong { max: MAX_SUMMARY })
    } else if value
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c))
    {
        Err(Problem::ControlCharacters)
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_goes_to_its_code_and_back() {
        for kind in FileKind::ALL {
            assert_eq!(FileKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(FileKind::from_code("exe"), None);
        assert!(!FileKind::Docx.inline());
        assert_eq!(reference(42), "C-000042");
    }

    #[test]
    fn a_digest_quotes_the_files_text_folded_or_else_the_summary() {
        let texts = ["  Multistakeholder\n\ngovernance", "", "of the\tInternet "];
        let quoted = digest_excerpt(texts, "S");
        assert_eq!(quoted, "Multistakeholder governance of the Internet");
        assert_eq!(
            digest_excerpt([" \n"], "A short\nsummary."),
            "A short summary."
        );
        let long = "é".repeat(DIGEST_EXCERPT + 1);
        let quoted = digest_excerpt([long.as_str()], "");
        assert_eq!(
            quoted.chars().count(),
            DIGEST_EXCERPT + 1,
            "cut by characters, with …"
        );
        assert!(quoted.ends_with('…'));
    }

    #[test]
    fn the_fields_are_checked_together() {
        let problems = validate(" ", "x\u{202e}y", "nobody")
            .err()
            .unwrap_or_default();
        assert_eq!(
            problems,
            vec![
                FormProblem::Field(Field::Title, Problem::Required),
                FormProblem::Field(Field::Description, Problem::ControlCharacters),
                FormProblem::Field(Field::Consent, Problem::UnknownChoice),
            ]
        );
        let ok = validate(" Position paper ", "Line one\r\nline two", "anonymous");
        let ok = ok.ok().map(|v| (v.title, v.summary, v.consent));
        assert_eq!(
            ok,
            Some((
                "Position paper".into(),
                "Line one\nline two".into(),
                Consent::Anonymous
            ))
        );
    }
}
