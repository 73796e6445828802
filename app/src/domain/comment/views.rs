//! Comments as pages show them: to every reader, in search, and to their author.

use super::{Attribution, CommentStatus, Consent};
use crate::domain::countries::Region;
use crate::domain::desk::DispositionView;
use crate::domain::{IssueCluster, StakeholderGroup};
use serde::{Deserialize, Serialize};

/// Comments shown per page on a paragraph, in search and in "My comments".
pub const PAGE_SIZE: u64 = 20;

/// A tag of the taxonomy, named in each language it has a name in: the page picks its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagView {
    pub slug: String,
    pub cluster: IssueCluster,
    /// Language code → name; English is always there.
    pub names: std::collections::BTreeMap<String, String>,
}

impl TagView {
    /// Its name in language `code`, else in English, else its slug.
    pub fn name(&self, code: &str) -> &str {
        self.names
            .get(code)
            .or_else(|| self.names.get("en"))
            .map_or(self.slug.as_str(), String::as_str)
    }
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
    pub disposition: Option<DispositionView>,
    pub replies: Vec<CommentView>,
    /// Set when it is shown on a later version of the paper than the one it was written on.
    pub written_on: Option<WrittenOn>,
    /// The documents attached to it, in the order sent.
    #[serde(default)]
    pub files: Vec<crate::domain::contributions::FileView>,
    /// The campaign of near-identical comments it belongs to, where the page shows one
    /// (the opened paragraph of a paper): see [`CommentView::fold_campaigns`].
    #[serde(default)]
    pub campaign: Option<i64>,
    /// The language it is written in (BCP 47), when it was recognised.
    #[serde(default)]
    pub language: Option<String>,
}

impl CommentView {
    /// A page's copies of one campaign as one text: each campaign's first copy, with the
    /// others after it; every other comment alone, in order. Readers see the letter once,
    /// "sent by N stakeholders", and every copy keeps its place (its anchor) on the page.
    /// A copy with replies or documents of its own keeps its own card; a copy whose words
    /// differ is folded, and its text is shown under its sender.
    pub fn fold_campaigns(views: Vec<Self>) -> Vec<(Self, Vec<Self>)> {
        let mut folded: Vec<(Self, Vec<Self>)> = Vec::with_capacity(views.len());
        let mut first_of: std::collections::HashMap<i64, usize> = Default::default();
        for view in views {
            let campaign = view
                .campaign
                .filter(|_| view.replies.is_empty() && view.files.is_empty());
            match campaign.map(|c| (c, first_of.get(&c).copied())) {
                Some((_, Some(at))) => folded[at].1.push(view),
                Some((c, None)) => {
                    first_of.insert(c, folded.len());
                    folded.push((view, Vec::new()));
                }
                None => folded.push((view, Vec::new())),
            }
        }
        folded
    }
}

/// The version and paragraph a comment shown on a later version was written on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrittenOn {
    pub version: i32,
    /// `None` for the paper as a whole.
    pub paragraph_number: Option<String>,
    /// The text it was written on.
    pub paragraph_text: Option<String>,
}

/// A filter on published comments, from the query string of the paper page or search.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentFilter {
    pub group: Option<StakeholderGroup>,
    pub region: Option<Region>,
    /// A tag slug.
    pub tag: Option<String>,
    /// The language the comments are written in (one of `domain::languages::DETECTABLE`).
    #[serde(default)]
    pub language: Option<String>,
}

impl CommentFilter {
    /// Reads a filter from query values; unknown values are ignored, not errors.
    pub fn from_query(group: &str, region: &str, tag: &str, language: &str) -> Self {
        Self {
            group: StakeholderGroup::from_code(group),
            region: Region::from_code(region),
            tag: (!tag.trim().is_empty()).then(|| tag.trim().to_owned()),
            language: crate::domain::languages::is_known(language).then(|| language.to_owned()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.group.is_none()
            && self.region.is_none()
            && self.tag.is_none()
            && self.language.is_none()
    }
}

/// How many published comments a paragraph has (`None`: the paper as a whole).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphCount {
    pub paragraph_id: Option<i64>,
    pub count: u64,
    /// Of those, written on earlier versions and carried to this paragraph.
    pub carried: u64,
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
    /// Published comments on text of earlier versions that is not in this one.
    pub on_removed_text: u64,
}

/// One page of search results, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHit {
    pub comment: CommentView,
    /// Where it is read on the paper's current version: the paper page's `p` (a paragraph
    /// number, `whole` or `removed`).
    pub read_at: String,
    pub consultation_slug: String,
    pub paper_code: String,
    pub paper_title: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPage {
    pub hits: Vec<SearchHit>,
    pub next_before: Option<i64>,
    pub tags: Vec<TagView>,
    /// Published contributions holding the words (on the first page only).
    #[serde(default)]
    pub contributions: Vec<crate::domain::contributions::ContributionCard>,
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
    /// Where it is read on the paper's current version: the paper page's `p` (a paragraph
    /// number, `whole` or `removed`).
    pub read_at: String,
    /// Set when the paper has a later version than the one it was written on.
    pub written_on: Option<WrittenOn>,
    /// The secretariat's answer, once it has given one.
    pub disposition: Option<crate::domain::desk::DispositionView>,
    /// The documents attached to it, in the order sent.
    #[serde(default)]
    pub files: Vec<crate::domain::contributions::FileView>,
    /// Whether it waits for its author to confirm their address before the secretariat
    /// sees it.
    #[serde(default)]
    pub held: bool,
    /// The language it is written in, as its author chose or as detected.
    #[serde(default)]
    pub language: Option<String>,
    /// Whether its author said so against the detector (the edit form then keeps it;
    /// otherwise it finds the language of the text as changed).
    #[serde(default)]
    pub language_said: bool,
}

/// The comment a "this was not me" link is about, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotMeComment {
    pub reference: String,
    pub paper_code: String,
    pub excerpt: String,
    /// RFC 3339, UTC.
    pub submitted_at: String,
}

/// How a comment reached the secretariat.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arrival {
    /// From an account whose address its owner confirmed.
    #[default]
    Verified,
    /// From a file the secretariat imported.
    Import,
    /// From an account whose address is not confirmed yet (it waits outside the queue).
    Unverified,
}

impl Arrival {
    pub fn code(self) -> &'static str {
        match self {
            Self::Verified => "verified",
            Self::Import => "import",
            Self::Unverified => "unverified",
        }
    }
}

impl MyComment {
    /// An author may change or withdraw a comment only while it waits for moderation.
    pub fn editable(&self) -> bool {
        self.status == CommentStatus::Pending
    }
}

/// Whether two texts say the same words (case, spacing and line breaks aside): a campaign's
/// copy whose words differ from the text shown has its own text shown too.
pub fn same_words(a: &str, b: &str) -> bool {
    let words = |t: &str| {
        t.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}
