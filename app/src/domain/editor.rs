//! The secretariat's editor of consultations and working papers: what its forms send, how
//! they are checked, and what it shows.

use super::validation::{validate_choice, validate_line};
use super::{ConsultationStatus, ConsultationSummary, Field, FieldProblems, IssueCluster, Problem};
use serde::{Deserialize, Serialize};

pub const SLUG_MAX_CHARS: usize = 100;
pub const TITLE_MAX_CHARS: usize = 300;
pub const CODE_MAX_CHARS: usize = 32;
pub const DESCRIPTION_MAX_CHARS: usize = 5_000;
pub const MARKDOWN_MAX_CHARS: usize = 400_000;
/// The code in the address of the form of a paper not yet saved.
pub const NEW_PAPER: &str = "new";

/// A consultation as typed in the editor. Times are `YYYY-MM-DDTHH:MM`, in UTC.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationForm {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub opens_at: String,
    pub closes_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidConsultation {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub status: ConsultationStatus,
    pub opens_at: time::OffsetDateTime,
    pub closes_at: time::OffsetDateTime,
}

/// A slug names a consultation in its address: lower-case letters, digits and hyphens.
pub fn validate_slug(raw: &str) -> Result<String, Problem> {
    let slug = validate_plain(raw.trim().to_owned(), SLUG_MAX_CHARS, |c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
    })?;
    if slug.starts_with('-') {
        Err(Problem::InvalidSlug)
    } else {
        Ok(slug)
    }
}

/// A name in an address made only of the characters `allowed` (a slug, a paper code):
/// required, and at most `max` bytes.
fn validate_plain(
    value: String,
    max: usize,
    allowed: impl Fn(char) -> bool,
) -> Result<String, Problem> {
    if value.is_empty() {
        Err(Problem::Required)
    } else if value.len() > max {
        Err(Problem::TooLong { max })
    } else if !value.chars().all(allowed) {
        Err(Problem::InvalidSlug)
    } else {
        Ok(value)
    }
}

/// A UTC time from a `datetime-local` field (`2005-02-15T09:30`, seconds optional).
pub fn validate_utc_time(raw: &str) -> Result<time::OffsetDateTime, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required);
    }
    let with_seconds = if raw.len() == 16 {
        format!("{raw}:00")
    } else {
        raw.to_owned()
    };
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    time::PrimitiveDateTime::parse(&with_seconds, &format)
        .map(time::PrimitiveDateTime::assume_utc)
        .map_err(|_| Problem::InvalidTime)
}

/// The `datetime-local` value of an RFC 3339 UTC time, for filling the form in.
pub fn datetime_local(rfc3339: &str) -> String {
    rfc3339.get(..16).unwrap_or_default().to_owned()
}

/// A consultation's description or a paper's abstract, trimmed; a problem (on the
/// description field) when it is longer than [`DESCRIPTION_MAX_CHARS`].
pub(super) fn checked_description(problems: &mut FieldProblems, raw: &str) -> String {
    let text = raw.trim().to_owned();
    if text.chars().count() > DESCRIPTION_MAX_CHARS {
        problems.push(
            Field::Description,
            Problem::TooLong {
                max: DESCRIPTION_MAX_CHARS,
            },
        );
    }
    text
}

pub fn validate_consultation(form: &ConsultationForm) -> Result<ValidConsultation, FieldProblems> {
    let mut problems = FieldProblems::default();
    let slug = problems.check(Field::Slug, validate_slug(&form.slug));
    let title = problems.check(Field::Title, validate_line(&form.title, TITLE_MAX_CHARS));
    let description = checked_description(&mut problems, &form.description);
    let status = problems.check(
        Field::Status,
        validate_choice(&form.status, ConsultationStatus::from_code),
    );
    let opens_at = problems.check(Field::OpensAt, validate_utc_time(&form.opens_at));
    let closes_at = problems.check(Field::ClosesAt, validate_utc_time(&form.closes_at));
    if let (Some(opens), Some(closes)) = (opens_at, closes_at)
        && closes <= opens
    {
        problems.push(Field::ClosesAt, Problem::ClosesBeforeOpening);
    }
    match (slug, title, status, opens_at, closes_at) {
        (Some(slug), Some(title), Some(status), Some(opens_at), Some(closes_at))
            if problems.is_empty() =>
        {
            Ok(ValidConsultation {
                slug,
                title,
                description,
                status,
                opens_at,
                closes_at,
            })
        }
        _ => Err(problems),
    }
}

/// A working paper as typed in the editor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperForm {
    pub code: String,
    pub title: String,
    pub abstract_text: String,
    pub cluster: String,
    pub markdown: String,
    /// The language its text is written in (a code of `i18n::Locale`); empty: English.
    #[serde(default)]
    pub language: String,
}

/// A paper's form as the server last refused it or previewed it without JavaScript: what
/// was typed, and the choices made for the uncertain matches (`<old id>=<choice>`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperDraft {
    pub form: PaperForm,
    pub matches: Vec<String>,
}

/// How a paper's form starts: as the paper is, or, right after the server refused or
/// previewed it, as it was sent, with the preview of that text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PaperFormStart {
    pub draft: Option<PaperDraft>,
    pub preview: Option<super::versions::PaperPreview>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidPaper {
    pub code: String,
    pub title: String,
    pub abstract_text: String,
    pub cluster: IssueCluster,
    pub markdown: String,
    /// As sent, trimmed; empty: English (the service checks it is one of the interface's).
    pub language: String,
}

/// A paper code: upper-case letters, digits and hyphens, such as `WP-ROOT`.
pub fn validate_code(raw: &str) -> Result<String, Problem> {
    validate_plain(raw.trim().to_ascii_uppercase(), CODE_MAX_CHARS, |c| {
        c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'
    })
}

pub fn validate_paper(form: &PaperForm) -> Result<ValidPaper, FieldProblems> {
    let mut problems = FieldProblems::default();
    let code = problems.check(Field::Code, validate_code(&form.code));
    let title = problems.check(Field::Title, validate_line(&form.title, TITLE_MAX_CHARS));
    let abstract_text = checked_description(&mut problems, &form.abstract_text);
    let cluster = problems.check(
        Field::Cluster,
        validate_choice(&form.cluster, IssueCluster::from_code),
    );
    let markdown = form.markdown.replace("\r\n", "\n");
    if markdown.trim().is_empty() {
        problems.push(Field::Markdown, Problem::Required);
    } else if markdown.chars().count() > MARKDOWN_MAX_CHARS {
        problems.push(
            Field::Markdown,
            Problem::TooLong {
                max: MARKDOWN_MAX_CHARS,
            },
        );
    }
    match (code, title, cluster) {
        (Some(code), Some(title), Some(cluster)) if problems.is_empty() => Ok(ValidPaper {
            code,
            title,
            abstract_text,
            cluster,
            markdown,
            language: match form.language.trim() {
                "" => "en".to_owned(),
                code => code.to_ascii_lowercase(),
            },
        }),
        _ => Err(problems),
    }
}

/// A consultation in the secretariat's list: drafts too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditableConsultation {
    pub summary: ConsultationSummary,
    pub papers: Vec<EditablePaper>,
}

/// A paper in the editor: its fields and the Markdown of its current version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditablePaper {
    pub code: String,
    pub title: String,
    pub abstract_text: String,
    pub cluster: IssueCluster,
    pub version: i32,
    pub markdown: String,
    /// Comments written on any version.
    pub comments: u64,
    /// The language its text is written in.
    pub language: String,
    /// Its translations: each language, and the version its latest translation is of.
    pub translations: Vec<(String, i32)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_codes_are_plain() {
        assert_eq!(validate_slug(" wgig-2005 "), Ok("wgig-2005".into()));
        assert_eq!(validate_slug("WGIG"), Err(Problem::InvalidSlug));
        assert_eq!(validate_slug("a/b"), Err(Problem::InvalidSlug));
        assert_eq!(validate_code(" wp-root "), Ok("WP-ROOT".into()));
        assert_eq!(validate_code("WP ROOT"), Err(Problem::InvalidSlug));
    }

    #[test]
    fn a_consultation_closes_after_it_opens_and_times_are_utc() {
        let form = ConsultationForm {
            slug: "wgig-2005-february".into(),
            title: "Open consultation".into(),
            description: String::new(),
            status: "open".into(),
            opens_at: "2005-02-15T09:00".into(),
            closes_at: "2005-02-15T09:00".into(),
        };
        let problems = validate_consultation(&form).unwrap_err();
        assert_eq!(
            problems.get(Field::ClosesAt),
            Some(&Problem::ClosesBeforeOpening)
        );
        let ok = validate_consultation(&ConsultationForm {
            closes_at: "2005-03-31T23:59".into(),
            ..form
        })
        .unwrap();
        assert_eq!(ok.opens_at.offset(), time::UtcOffset::UTC);
        assert_eq!(ok.opens_at.hour(), 9);
        assert_eq!(validate_utc_time("15/02/2005"), Err(Problem::InvalidTime));
        assert_eq!(datetime_local("2005-02-15T09:00:00Z"), "2005-02-15T09:00");
    }
}
