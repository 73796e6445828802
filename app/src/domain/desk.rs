//! The secretariat's desk as the pages see it: the moderation queue, flags, dispositions,
//! the audit log and the list of accounts.

use super::comment::{CommentStatus, Consent, TagView, WrittenOn};
use super::{Capacity, Role, StakeholderGroup};
use serde::{Deserialize, Serialize};

pub const REASON_MAX_CHARS: usize = 300;
pub const RESPONSE_MAX_CHARS: usize = 5_000;
pub const FLAG_NOTE_MAX_CHARS: usize = 500;

/// Why a reader reports a published comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagReason {
    Spam,
    Offensive,
    OffTopic,
    PersonalData,
    /// The owner of the author's address says they did not send it ("this was not me").
    NotSent,
}

impl FlagReason {
    pub const ALL: [Self; 4] = [
        Self::Spam,
        Self::Offensive,
        Self::OffTopic,
        Self::PersonalData,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Spam => "spam",
            Self::Offensive => "offensive",
            Self::OffTopic => "off_topic",
            Self::PersonalData => "personal_data",
            Self::NotSent => "not_sent",
        }
    }

    /// A reason by its code, including `NotSent`, which readers are not offered.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain([Self::NotSent])
            .find(|r| r.code() == code)
    }
}

/// A reader's report as sent (of a comment or a contribution), checked: its reason and
/// its optional note.
pub fn validate_report(
    reason: &str,
    note: &str,
) -> Result<(FlagReason, Option<String>), super::AppError> {
    use super::{AppError, Field};
    // Only the reasons readers are offered (not "not sent", which only a receipt's link gives).
    let offered = |code: &str| FlagReason::ALL.into_iter().find(|r| r.code() == code);
    let reason = super::validation::validate_choice(reason, offered)
        .map_err(|p| AppError::validation(Field::Reason, p))?;
    let note = super::validation::validate_optional_line(note, FLAG_NOTE_MAX_CHARS)
        .map_err(|p| AppError::validation(Field::Note, p))?;
    Ok((reason, note))
}

/// What the secretariat decided about what a comment asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DispositionKind {
    Accepted,
    PartlyAccepted,
    Noted,
    OutOfScope,
}

impl DispositionKind {
    pub const ALL: [Self; 4] = [
        Self::Accepted,
        Self::PartlyAccepted,
        Self::Noted,
        Self::OutOfScope,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::PartlyAccepted => "partly_accepted",
            Self::Noted => "noted",
            Self::OutOfScope => "out_of_scope",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// A disposition as readers see it under the comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DispositionView {
    pub kind: DispositionKind,
    pub response: String,
    /// RFC 3339, UTC.
    pub decided_at: String,
    /// The change it caused, when the secretariat named one.
    pub changed_in: Option<ChangedIn>,
}

/// A paragraph of a later version of the paper than the one a comment was written on: the
/// change a disposition caused, or one the secretariat may name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedIn {
    pub paragraph_id: i64,
    pub version: i32,
    pub number: String,
}

/// The open flags of a comment, by reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagSummary {
    pub reason: FlagReason,
    pub count: u64,
    pub notes: Vec<String>,
}

/// An earlier comment of the same author, for context.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierComment {
    pub reference: String,
    pub status: CommentStatus,
    pub paper_code: String,
    pub excerpt: String,
}

/// A comment on the secretariat's desk: everything needed to decide on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: i64,
    pub reference: String,
    pub status: CommentStatus,
    pub consultation_slug: String,
    pub paper_code: String,
    pub paper_title: String,
    pub paragraph_number: Option<String>,
    /// The text of the paragraph the comment is anchored to.
    pub paragraph_text: Option<String>,
    /// Where it is read on the paper's current version: the paper page's `p` (a paragraph
    /// number, `whole` or `removed`).
    pub read_at: String,
    /// Set when the paper has a later version than the one it was written on.
    pub written_on: Option<WrittenOn>,
    pub parent_reference: Option<String>,
    pub quote: Option<String>,
    pub body: String,
    /// Public tags and the secretariat's private ones.
    pub tags: Vec<TagView>,
    pub consent: Consent,
    pub author_name: String,
    pub author_organisation: Option<String>,
    pub author_group: StakeholderGroup,
    pub author_country: String,
    pub author_capacity: Capacity,
    /// RFC 3339, UTC.
    pub submitted_at: String,
    pub late: bool,
    pub earlier: Vec<EarlierComment>,
    /// The campaign of near-identical comments this one belongs to, and its size.
    pub campaign: Option<(i64, u64)>,
    /// When its campaign's letters come from one template rather than one text: the
    /// skeleton they share (function words, `…` for each slot), which is why it was
    /// grouped.
    #[serde(default)]
    pub campaign_skeleton: Option<String>,
    pub flags: Vec<FlagSummary>,
    pub disposition: Option<DispositionView>,
    /// The documents attached to it, each with the start of the text read from it (`None`
    /// when none could be read).
    #[serde(default)]
    pub files: Vec<(crate::domain::contributions::FileView, Option<String>)>,
    /// How it reached the secretariat.
    #[serde(default)]
    pub arrival: super::comment::Arrival,
    /// The other pending copies of its campaign on this page of the queue, shown on this
    /// card rather than as cards of their own (a campaign is read and decided once).
    #[serde(default)]
    pub copies: Vec<CampaignCopy>,
}

/// A pending copy of a campaign, folded into the card of the campaign's first copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignCopy {
    pub id: i64,
    pub reference: String,
    /// Its own text: shown when its words differ from the card's.
    pub body: String,
    pub author_name: String,
    pub author_organisation: Option<String>,
    pub author_group: StakeholderGroup,
    pub author_country: String,
}

impl QueueItem {
    /// Folds a page's pending copies of one campaign into the card of the first: the text
    /// once, with the senders of the others (and the text of any whose words differ). A
    /// copy with documents keeps its own card. Other items stay as they are, in order.
    pub fn fold_campaigns(items: Vec<Self>) -> Vec<Self> {
        let mut folded: Vec<Self> = Vec::with_capacity(items.len());
        let mut first_of: std::collections::HashMap<i64, usize> = Default::default();
        for item in items {
            let campaign = item
                .campaign
                .filter(|(_, size)| {
                    *size > 1 && item.status == CommentStatus::Pending && item.files.is_empty()
                })
                .map(|(id, _)| id);
            match campaign.map(|c| (c, first_of.get(&c).copied())) {
                Some((_, Some(at))) => folded[at].copies.push(CampaignCopy {
                    id: item.id,
                    reference: item.reference,
                    body: item.body,
                    author_name: item.author_name,
                    author_organisation: item.author_organisation,
                    author_group: item.author_group,
                    author_country: item.author_country,
                }),
                Some((c, None)) => {
                    first_of.insert(c, folded.len());
                    folded.push(item);
                }
                None => folded.push(item),
            }
        }
        folded
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    /// Where the next page starts: the last pending comment's id.
    pub next_after: Option<i64>,
    pub pending_total: u64,
    pub flagged_total: u64,
    pub reasons: Vec<String>,
    pub tags: Vec<TagView>,
    pub papers: Vec<(String, String)>,
}

/// One comment's page on the desk: the comment, its log, and what the forms offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskComment {
    pub item: QueueItem,
    pub log: AuditPage,
    pub reasons: Vec<String>,
    pub tags: Vec<TagView>,
    /// The paragraphs its disposition may name as the change it caused: those of the
    /// paper's current version, when that is later than the comment's own.
    pub change_choices: Vec<ChangedIn>,
}

/// One entry of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub comment_id: i64,
    pub reference: String,
    pub actor: Option<String>,
    pub from: Option<CommentStatus>,
    pub to: CommentStatus,
    pub reason: Option<String>,
    /// RFC 3339, UTC.
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub next_before: Option<i64>,
}

/// An account as the administrator sees it in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub organisation: Option<String>,
    pub role: Role,
    pub suspended: bool,
    /// RFC 3339, UTC.
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountsPage {
    pub accounts: Vec<AccountRow>,
    pub next_after: Option<i64>,
}
