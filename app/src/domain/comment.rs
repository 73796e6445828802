//! Comments as the pages see them: status, publication consent, the attribution a reader
//! sees, the form a stakeholder fills in, and how a plain-text body becomes paragraphs and
//! links (never HTML).

use super::countries::Region;
use super::{Field, FieldProblems, IssueCluster, Problem, StakeholderGroup};
use serde::{Deserialize, Serialize};

pub const BODY_MIN_CHARS: usize = 20;
pub const BODY_MAX_CHARS: usize = 10_000;
pub const QUOTE_MAX_CHARS: usize = 1_000;
pub const MAX_TAGS: usize = 5;
/// Comments shown per page on a paragraph, in search and in "My comments".
pub const PAGE_SIZE: u64 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommentStatus {
    Pending,
    Published,
    Rejected,
    Withdrawn,
    Hidden,
}

impl CommentStatus {
    pub const ALL: [Self; 5] = [
        Self::Pending,
        Self::Published,
        Self::Rejected,
        Self::Withdrawn,
        Self::Hidden,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Published => "published",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::Hidden => "hidden",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The transitions the design allows: pending → published | rejected | withdrawn,
    /// published → hidden.
    pub fn may_become(self, to: Self) -> bool {
        matches!(
            (self, to),
            (
                Self::Pending,
                Self::Published | Self::Rejected | Self::Withdrawn
            ) | (Self::Published, Self::Hidden)
        )
    }
}

/// How the author agreed to be shown with a published comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    NameAndOrganisation,
    OrganisationOnly,
    /// Shown as stakeholder group and country only.
    Anonymous,
}

impl Consent {
    pub const ALL: [Self; 3] = [
        Self::NameAndOrganisation,
        Self::OrganisationOnly,
        Self::Anonymous,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::NameAndOrganisation => "name_and_organisation",
            Self::OrganisationOnly => "organisation_only",
            Self::Anonymous => "anonymous",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Who a reader is told wrote a comment: only what its author consented to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub group: StakeholderGroup,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub region: Option<Region>,
}

impl Attribution {
    /// Applies the consent to the author snapshot: the one place names are withheld.
    pub fn as_consented(
        consent: Consent,
        name: &str,
        organisation: Option<&str>,
        group: StakeholderGroup,
        country: &str,
    ) -> Self {
        let (name, organisation) = match consent {
            Consent::NameAndOrganisation => {
                (Some(name.to_owned()), organisation.map(str::to_owned))
            }
            Consent::OrganisationOnly => (None, organisation.map(str::to_owned)),
            Consent::Anonymous => (None, None),
        };
        Self {
            name,
            organisation,
            group,
            country: country.to_owned(),
            region: super::countries::country(country).map(|c| c.region),
        }
    }
}

/// A tag of the taxonomy, in both languages: the page picks its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagView {
    pub slug: String,
    pub cluster: IssueCluster,
    pub name_en: String,
    pub name_fr: String,
}

/// The public reference of a comment, given as its receipt: `C-2005-000123`.
pub fn reference(year: i32, id: i64) -> String {
    format!("C-{year}-{id:06}")
}

/// The comment id a reference names, if it is well formed.
pub fn id_from_reference(reference: &str) -> Option<(i32, i64)> {
    let mut parts = reference
        .trim()
        .strip_prefix(['C', 'c'])?
        .strip_prefix('-')?
        .split('-');
    let year = parts.next()?.parse().ok()?;
    let id = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((year, id))
}

/// A published comment as every reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i64,
    pub reference: String,
    /// `None` for a comment on the paper as a whole.
    pub paragraph_number: Option<String>,
    pub quote: Option<String>,
    pub body: String,
    pub tags: Vec<TagView>,
    pub author: Attribution,
    /// RFC 3339, UTC.
    pub submitted_at: String,
    pub late: bool,
    /// The secretariat's answer, if it has given one.
    pub disposition: Option<super::desk::DispositionView>,
    pub replies: Vec<CommentView>,
}

/// A filter on published comments, from the query string of the paper page or search.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentFilter {
    pub group: Option<StakeholderGroup>,
    pub region: Option<Region>,
    /// A tag slug.
    pub tag: Option<String>,
}

impl CommentFilter {
    /// Reads a filter from query values; unknown values are ignored, not errors.
    pub fn from_query(group: &str, region: &str, tag: &str) -> Self {
        Self {
            group: StakeholderGroup::from_code(group),
            region: Region::from_code(region),
            tag: (!tag.trim().is_empty()).then(|| tag.trim().to_owned()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.group.is_none() && self.region.is_none() && self.tag.is_none()
    }
}

/// How many published comments a paragraph has (`None`: the paper as a whole).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphCount {
    pub paragraph_id: Option<i64>,
    pub count: u64,
}

/// The published comments of one paragraph of a paper, a page at a time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperComments {
    /// Counts of the comments that pass the filter, per paragraph.
    pub counts: Vec<ParagraphCount>,
    /// The comments of the chosen paragraph, oldest first, with their replies.
    pub comments: Vec<CommentView>,
    /// Where the next page starts, if there is one.
    pub next_after: Option<i64>,
    pub tags: Vec<TagView>,
    /// Whether the consultation takes comments now.
    pub open: bool,
}

/// One page of search results, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHit {
    pub comment: CommentView,
    pub consultation_slug: String,
    pub paper_code: String,
    pub paper_title: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPage {
    pub hits: Vec<SearchHit>,
    pub next_before: Option<i64>,
    pub tags: Vec<TagView>,
}

/// A comment as its author sees it on "My comments" and the receipt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyComment {
    pub id: i64,
    pub reference: String,
    pub consultation_slug: String,
    pub paper_code: String,
    pub paper_title: String,
    pub paragraph_number: Option<String>,
    pub parent_reference: Option<String>,
    pub quote: Option<String>,
    pub body: String,
    pub tags: Vec<TagView>,
    pub consent: Consent,
    pub status: CommentStatus,
    /// Why it was rejected or hidden.
    pub status_reason: Option<String>,
    /// RFC 3339, UTC.
    pub submitted_at: String,
    pub late: bool,
    /// How many earlier texts are kept.
    pub revisions: u64,
}

impl MyComment {
    /// An author may change or withdraw a comment only while it waits for moderation.
    pub fn editable(&self) -> bool {
        self.status == CommentStatus::Pending
    }
}

/// What the comment form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentForm {
    /// A paragraph number of the paper, or empty for the paper as a whole.
    pub paragraph: String,
    pub quote: String,
    pub body: String,
    pub tags: Vec<String>,
    pub consent: String,
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
        super::validation::validate_choice(&form.consent, Consent::from_code),
    );
    match (quote, body, tags, consent) {
        (Some(quote), Some(body), Some(tags), Some(consent)) if problems.is_empty() => {
            Ok(ValidComment {
                paragraph,
                quote,
                body,
                tags,
                consent,
            })
        }
        _ => Err(problems),
    }
}

/// A piece of one line of a comment body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Splits a plain-text body into paragraphs (blank lines between them), lines, and
/// segments, where web addresses become links. Nothing is ever read as HTML: the page
/// puts each piece in as text.
pub fn body_paragraphs(body: &str) -> Vec<Vec<Vec<Segment<'_>>>> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<Vec<Segment<'_>>> = Vec::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line_segments(line));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

fn line_segments(line: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = find_link_start(rest) {
        let (before, from_link) = rest.split_at(start);
        let end = from_link
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(from_link.len());
        // Trailing punctuation belongs to the sentence, not the address.
        let link = from_link[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        if !before.is_empty() {
            out.push(Segment::Text(before));
        }
        if link.len() > "https://".len() {
            out.push(Segment::Link(link));
        } else {
            out.push(Segment::Text(link));
        }
        rest = &from_link[link.len()..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

fn find_link_start(s: &str) -> Option<usize> {
    match (s.find("https://"), s.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_year_and_six_digits_and_read_back() {
        assert_eq!(reference(2005, 123), "C-2005-000123");
        assert_eq!(reference(2026, 1_234_567), "C-2026-1234567");
        assert_eq!(id_from_reference("C-2005-000123"), Some((2005, 123)));
        assert_eq!(id_from_reference(" c-2005-42 "), Some((2005, 42)));
        assert_eq!(id_from_reference("C-2005"), None);
        assert_eq!(id_from_reference("X-2005-1"), None);
        assert_eq!(id_from_reference("C-2005-1-2"), None);
    }

    #[test]
    fn only_the_designed_transitions_are_allowed() {
        use CommentStatus::*;
        assert!(Pending.may_become(Published));
        assert!(Pending.may_become(Rejected));
        assert!(Pending.may_become(Withdrawn));
        assert!(Published.may_become(Hidden));
        assert!(!Published.may_become(Withdrawn));
        assert!(!Published.may_become(Pending));
        assert!(!Rejected.may_become(Published));
        assert!(!Withdrawn.may_become(Pending));
        assert!(!Hidden.may_become(Published));
    }

    #[test]
    fn consent_decides_what_a_reader_is_told() {
        let of = |consent| {
            Attribution::as_consented(
                consent,
                "Ana Souza",
                Some("Instituto Nupef"),
                StakeholderGroup::CivilSociety,
                "BR",
            )
        };
        let full = of(Consent::NameAndOrganisation);
        assert_eq!(full.name.as_deref(), Some("Ana Souza"));
        assert_eq!(full.organisation.as_deref(), Some("Instituto Nupef"));
        assert_eq!(full.region, Some(Region::Americas));
        let org = of(Consent::OrganisationOnly);
        assert_eq!(org.name, None);
        assert_eq!(org.organisation.as_deref(), Some("Instituto Nupef"));
        let anonymous = of(Consent::Anonymous);
        assert_eq!(anonymous.name, None);
        assert_eq!(anonymous.organisation, None);
        assert_eq!(anonymous.group, StakeholderGroup::CivilSociety);
        assert_eq!(anonymous.country, "BR");
    }

    #[test]
    fn bodies_keep_paragraphs_and_lines_and_find_links() {
        let body = "First line\nsecond line, see https://www.wgig.org/docs/.\n\n\n<b>not bold</b> http://x.example/a?b=c)";
        let paragraphs = body_paragraphs(body);
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(paragraphs[0][0], vec![Segment::Text("First line")]);
        assert_eq!(
            paragraphs[0][1],
            vec![
                Segment::Text("second line, see "),
                Segment::Link("https://www.wgig.org/docs/"),
                Segment::Text("."),
            ]
        );
        assert_eq!(
            paragraphs[1][0],
            vec![
                Segment::Text("<b>not bold</b> "),
                Segment::Link("http://x.example/a?b=c"),
                Segment::Text(")"),
            ]
        );
    }

    #[test]
    fn a_bare_scheme_or_a_script_address_is_not_a_link() {
        assert_eq!(
            body_paragraphs("see https:// and javascript:alert(1)")[0][0],
            vec![
                Segment::Text("see "),
                Segment::Text("https://"),
                Segment::Text(" and javascript:alert(1)"),
            ]
        );
    }

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
        })
        .unwrap();
        assert_eq!(ok.paragraph.as_deref(), Some("2.1"));
        assert_eq!(ok.quote.as_deref(), Some("the root zone"));
        assert_eq!(ok.consent, Consent::OrganisationOnly);
    }
}
