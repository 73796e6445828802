//! The comment form as typed, and its validation into a comment the service may save.

use super::{Consent, MyComment};
use crate::domain::{Field, FieldProblems, Problem};
use serde::{Deserialize, Serialize};

pub const BODY_MIN_CHARS: usize = 20;
pub const BODY_MAX_CHARS: usize = 10_000;
pub const QUOTE_MAX_CHARS: usize = 1_000;
pub const MAX_TAGS: usize = 5;

/// What the comment form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentForm {
    /// A paragraph number of the paper, or empty for the paper as a whole.
    pub paragraph: String,
    pub quote: String,
    pub body: String,
    pub tags: Vec<String>,
    pub consent: String,
    /// The language the author says the comment is in (a code of `domain::languages`);
    /// empty: detected from its text.
    #[serde(default)]
    pub language: String,
}

impl From<&MyComment> for CommentForm {
    /// The form again, filled in with the comment as it is (to edit it).
    fn from(c: &MyComment) -> Self {
        Self {
            paragraph: c.paragraph_number.clone().unwrap_or_default(),
            quote: c.quote.clone().unwrap_or_default(),
            body: c.body.clone(),
            tags: c.tags.iter().map(|tag| tag.slug.clone()).collect(),
            consent: c.consent.code().to_owned(),
            language: if c.language_said {
                c.language.clone().unwrap_or_default()
            } else {
                String::new()
            },
        }
    }
}

/// How a comment form starts: with its one-time token (empty for the edit form, which
/// needs none) and, when the server has just refused it, the fields as its author sent
/// them, so that the form comes back as it was also without JavaScript.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormStart {
    pub token: String,
    pub draft: Option<CommentForm>,
    /// What files a new comment may carry (the server's limits).
    #[serde(default)]
    pub limits: crate::domain::contributions::UploadLimits,
}

/// A comment form that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidComment {
    /// A paragraph number, `None` for the paper as a whole.
    pub paragraph: Option<String>,
    pub quote: Option<String>,
    pub body: String,
    /// Distinct tag slugs, at most [`MAX_TAGS`].
    pub tags: Vec<String>,
    pub consent: Consent,
    /// The language the author chose, `None` to detect it from the text.
    pub language: Option<String>,
}

/// A comment body: line endings made plain, outer blank space trimmed, 20 to 10,000
/// characters, no control characters but line breaks and tabs.
pub fn validate_body(raw: &str) -> Result<String, Problem> {
    let body = raw.replace("\r\n", "\n").replace('\r', "\n");
    let body = body.trim();
    let chars = body.chars().count();
    if chars == 0 {
        Err(Problem::Required)
    } else if chars < BODY_MIN_CHARS {
        Err(Problem::TooShort {
            min: BODY_MIN_CHARS,
        })
    } else if chars > BODY_MAX_CHARS {
        Err(Problem::TooLong {
            max: BODY_MAX_CHARS,
        })
    } else if body
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Err(Problem::ControlCharacters)
    } else {
        Ok(body.to_owned())
    }
}

/// The optional quoted passage: one or more lines, at most 1,000 characters.
pub fn validate_quote(raw: &str) -> Result<Option<String>, Problem> {
    let quote = raw.replace("\r\n", "\n").replace('\r', "\n");
    let quote = quote.trim();
    if quote.is_empty() {
        Ok(None)
    } else if quote.chars().count() > QUOTE_MAX_CHARS {
        Err(Problem::TooLong {
            max: QUOTE_MAX_CHARS,
        })
    } else if quote
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Err(Problem::ControlCharacters)
    } else {
        Ok(Some(quote.to_owned()))
    }
}

/// Up to five distinct tags; whether each exists is the service's check.
pub fn validate_tags(raw: &[String]) -> Result<Vec<String>, Problem> {
    let mut tags: Vec<String> = Vec::new();
    for tag in raw.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    if tags.len() > MAX_TAGS {
        Err(Problem::TooManyTags { max: MAX_TAGS })
    } else {
        Ok(tags)
    }
}

pub fn validate_comment(form: &CommentForm) -> Result<ValidComment, FieldProblems> {
    let mut problems = FieldProblems::default();
    let paragraph = form.paragraph.trim();
    let paragraph = if paragraph.is_empty() {
        None
    } else if paragraph.len() > 32 || !paragraph.chars().all(|c| c.is_ascii_digit() || c == '.') {
        problems.push(Field::Paragraph, Problem::UnknownChoice);
        None
    } else {
        Some(paragraph.to_owned())
    };
    let quote = problems.check(Field::Quote, validate_quote(&form.quote));
    let body = problems.check(Field::Body, validate_body(&form.body));
    let tags = problems.check(Field::Tags, validate_tags(&form.tags));
    let consent = problems.check(
        Field::Consent,
        crate::domain::validation::validate_choice(&form.consent, Consent::from_code),
    );
    let language = match form.language.trim() {
        "" => None,
        code if crate::domain::languages::is_known(code) => Some(code.to_owned()),
        _ => {
            problems.push(Field::Language, Problem::UnknownChoice);
            None
        }
    };
    match (quote, body, tags, consent) {
        (Some(quote), Some(body), Some(tags), Some(consent)) if problems.is_empty() => {
            Ok(ValidComment {
                paragraph,
                quote,
                body,
                tags,
                consent,
                language,
            })
        }
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_body_is_counted_in_characters_and_keeps_its_line_breaks() {
        assert_eq!(validate_body("  "), Err(Problem::Required));
        assert_eq!(
            validate_body("too short"),
            Err(Problem::TooShort { min: 20 })
        );
        assert_eq!(
            validate_body(&"é".repeat(10_000)).map(|b| b.chars().count()),
            Ok(10_000)
        );
        assert_eq!(
            validate_body(&"a".repeat(10_001)),
            Err(Problem::TooLong { max: 10_000 })
        );
        assert_eq!(
            validate_body("First paragraph here.\r\n\r\nSecond\tone."),
            Ok("First paragraph here.\n\nSecond\tone.".to_owned())
        );
        assert_eq!(
            validate_body("A bell \u{7} is not allowed here"),
            Err(Problem::ControlCharacters)
        );
    }

    #[test]
    fn tags_are_deduplicated_and_at_most_five() {
        let tags = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            validate_tags(&tags(&["spam", "spam", " ", "privacy"])),
            Ok(tags(&["spam", "privacy"]))
        );
        assert_eq!(
            validate_tags(&tags(&["a", "b", "c", "d", "e", "f"])),
            Err(Problem::TooManyTags { max: 5 })
        );
    }

    #[test]
    fn a_comment_form_reports_every_field_at_once() {
        let form = CommentForm {
            paragraph: "2.1<script>".into(),
            quote: String::new(),
            body: "short".into(),
            tags: vec![],
            consent: "everyone".into(),
            language: String::new(),
        };
        let problems = validate_comment(&form).unwrap_err();
        assert_eq!(
            problems.get(Field::Paragraph),
            Some(&Problem::UnknownChoice)
        );
        assert_eq!(
            problems.get(Field::Body),
            Some(&Problem::TooShort { min: 20 })
        );
        assert_eq!(problems.get(Field::Consent), Some(&Problem::UnknownChoice));
        let ok = validate_comment(&CommentForm {
            paragraph: "2.1".into(),
            quote: " the root zone ".into(),
            body: "The root zone file should be managed openly.".into(),
            tags: vec!["root-servers".into()],
            consent: "organisation_only".into(),
            language: String::new(),
        })
        .unwrap();
        assert_eq!(ok.paragraph.as_deref(), Some("2.1"));
        assert_eq!(ok.quote.as_deref(), Some("the root zone"));
        assert_eq!(ok.consent, Consent::OrganisationOnly);
    }
}
