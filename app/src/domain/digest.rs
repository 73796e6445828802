//! The comment digest: what the secretariat hands to the drafters. One model, built in one
//! pass over the comments, rendered as HTML (the page), Markdown, CSV and JSON.

use super::comment::{Attribution, CommentStatus, TagView};
use super::contributions::DigestContribution;
use super::countries::Region;
use super::desk::DispositionKind;
use super::{IssueCluster, StakeholderGroup};
use serde::{Deserialize, Serialize};

/// What a digest covers: published comments by default; every status is for the
/// secretariat's internal use only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestFilter {
    pub all_statuses: bool,
    pub group: Option<StakeholderGroup>,
    pub region: Option<Region>,
    /// A public tag's slug.
    pub tag: Option<String>,
    /// `YYYY-MM-DD`, UTC, inclusive.
    pub from: Option<String>,
    /// `YYYY-MM-DD`, UTC, inclusive.
    pub to: Option<String>,
    /// The comments' language (a code of `domain::languages`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl DigestFilter {
    /// Reads a filter from query values; unknown values are ignored.
    pub fn from_query(
        status: &str,
        group: &str,
        region: &str,
        tag: &str,
        from: &str,
        to: &str,
        language: &str,
    ) -> Self {
        let date = |d: &str| {
            let d = d.trim();
            (d.len() == 10
                && d.chars().enumerate().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                }))
            .then(|| d.to_owned())
        };
        Self {
            all_statuses: status == "all",
            group: StakeholderGroup::from_code(group),
            region: Region::from_code(region),
            tag: (!tag.trim().is_empty()).then(|| tag.trim().to_owned()),
            from: date(from),
            to: date(to),
            language: crate::domain::languages::is_known(language.trim())
                .then(|| language.trim().to_owned()),
        }
    }

    /// The filter as query pairs, for links to the other formats.
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.all_statuses {
            pairs.push(("status", "all".to_owned()));
        }
        if let Some(g) = self.group {
            pairs.push(("group", g.code().to_owned()));
        }
        if let Some(r) = self.region {
            pairs.push(("region", r.code().to_owned()));
        }
        if let Some(t) = &self.tag {
            pairs.push(("tag", t.clone()));
        }
        if let Some(f) = &self.from {
            pairs.push(("from", f.clone()));
        }
        if let Some(t) = &self.to {
            pairs.push(("to", t.clone()));
        }
        if let Some(l) = &self.language {
            pairs.push(("language", l.clone()));
        }
        pairs
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestPaper {
    pub code: String,
    pub title: String,
    pub version: i32,
}

/// One comment as the digest lists it: attribution exactly as its author consented.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestComment {
    pub reference: String,
    pub paper_code: String,
    /// The version of the paper it was written on.
    pub version: i32,
    /// `None`: the paper as a whole.
    pub paragraph: Option<String>,
    pub status: CommentStatus,
    pub author: Attribution,
    pub tags: Vec<TagView>,
    /// RFC 3339, UTC.
    pub submitted_at: String,
    pub late: bool,
    pub quote: Option<String>,
    pub body: String,
    pub disposition: Option<DispositionKind>,
    pub response: Option<String>,
    pub parent_reference: Option<String>,
    pub campaign: Option<i64>,
    /// Replies, under their parent.
    pub replies: Vec<DigestComment>,
    /// The documents attached to it.
    #[serde(default)]
    pub files: Vec<crate::domain::contributions::FileView>,
    /// How it reached the secretariat.
    #[serde(default)]
    pub arrival: crate::domain::comment::Arrival,
}

/// The comments of one stakeholder group on one paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupBlock {
    pub group: StakeholderGroup,
    /// Top-level comments, each with its replies.
    pub comments: Vec<DigestComment>,
}

/// One paragraph (or the paper as a whole) and its comments by stakeholder group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestSection {
    pub paper_code: String,
    pub paragraph: Option<String>,
    pub paragraph_text: Option<String>,
    /// For a paragraph of an earlier version than the paper's current one: that version,
    /// and where its comments are read now (a paragraph number, or `None` when its text was
    /// removed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<EarlierPlace>,
    pub groups: Vec<GroupBlock>,
}

/// The version a section's paragraph belongs to, and its counterpart now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierPlace {
    pub version: i32,
    pub now: Option<String>,
}

/// Near-identical comments, shown once with every sender.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestCampaign {
    pub id: i64,
    pub paper_code: String,
    pub paragraph: Option<String>,
    pub text: String,
    pub size: u64,
    /// Every sender's comment, in order, with its attribution as consented.
    pub members: Vec<DigestComment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRegionRow {
    pub group: StakeholderGroup,
    /// In the order of `Region::ALL`, then comments whose country has no region.
    pub counts: Vec<u64>,
    pub total: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagCount {
    pub tag: TagView,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterCount {
    pub cluster: IssueCluster,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphHeat {
    pub paper_code: String,
    pub paragraph: Option<String>,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DispositionCount {
    /// `None`: no disposition yet.
    pub disposition: Option<DispositionKind>,
    pub count: u64,
}

/// The whole digest, in the order it is read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    pub consultation_slug: String,
    pub consultation_title: String,
    pub papers: Vec<DigestPaper>,
    pub filter: DigestFilter,
    /// RFC 3339, UTC.
    pub generated_at: String,
    /// Every comment and reply the digest lists, campaign members included.
    pub total: u64,
    pub by_group_region: Vec<GroupRegionRow>,
    pub by_tag: Vec<TagCount>,
    pub by_cluster: Vec<ClusterCount>,
    /// The most-commented paragraphs first.
    pub by_paragraph: Vec<ParagraphHeat>,
    pub by_disposition: Vec<DispositionCount>,
    pub sections: Vec<DigestSection>,
    pub campaigns: Vec<DigestCampaign>,
    /// The consultation's published contributions (documents), newest first: on the paper
    /// only for a paper's digest, narrowed by the filter's group and region alone (see
    /// `backend::contributions::reading::for_digest`). Not counted in `total`.
    #[serde(default)]
    pub contributions: Vec<DigestContribution>,
    /// The themes the secretariat confirmed on the digest's papers, counting only the
    /// comments the digest lists (a theme with none of them is left out).
    #[serde(default)]
    pub themes: Vec<DigestTheme>,
}

/// A confirmed theme in a digest: where its comments are (a paper, or one paragraph of it)
/// and the theme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestTheme {
    pub paper_code: String,
    /// `None`: the paper as a whole.
    pub paragraph: Option<String>,
    pub theme: super::themes::ThemeView,
}

impl Digest {
    /// Every comment listed, in digest order: sections first, then campaigns' members.
    pub fn comments(&self) -> impl Iterator<Item = &DigestComment> {
        self.sections
            .iter()
            .flat_map(|s| s.groups.iter())
            .flat_map(|g| g.comments.iter())
            .chain(self.campaigns.iter().flat_map(|c| c.members.iter()))
            .flat_map(|c| std::iter::once(c).chain(c.replies.iter()))
    }
}

/// The file, under `/digests/{slug}/`, of the consultation's contributions as CSV (not the
/// CSV of a paper coded "contributions").
pub const CONTRIBUTIONS_CSV: &str = "contributions.csv";

/// Counts CSV records as the bytes of a download arrive: line ends outside quoted fields
/// (RFC 4180), so that a comment with line breaks counts once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordCounter {
    quoted: bool,
    pub records: u64,
}

impl RecordCounter {
    pub fn feed(&mut self, bytes: &[u8]) {
        for b in bytes {
            match b {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => self.records += 1,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RecordCounter;

    #[test]
    fn records_with_line_breaks_and_quotes_count_once() {
        let mut counter = RecordCounter::default();
        let csv = b"a,b\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n2,x\r\n";
        // Fed in pieces, split inside a quoted field.
        counter.feed(&csv[..12]);
        counter.feed(&csv[12..]);
        assert_eq!(counter.records, 3);
    }
}
