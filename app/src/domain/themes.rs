//! Themes of the comments on a paper or one of its paragraphs, as the secretariat works on
//! them (the desk's themes page) and as the digests show the confirmed ones.

use super::digest::GroupRegionRow;
use serde::{Deserialize, Serialize};

/// A comment as a theme lists it: its reference and the start of its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeComment {
    pub id: i64,
    pub reference: String,
    pub excerpt: String,
    /// The language of its text, when known (for `lang`).
    pub language: Option<String>,
}

/// One theme: its name, the analysis's key terms, its size and who its comments come from,
/// its representative comments and every comment's reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeView {
    pub id: i64,
    pub label: String,
    pub key_terms: String,
    pub confirmed: bool,
    /// Its comments, campaign letters included.
    pub size: u64,
    /// Of those, how many are campaign letters, and in how many campaigns.
    pub in_campaigns: u64,
    pub campaigns: u64,
    /// By stakeholder group and region (counts in the order of `Region::ALL`, then none).
    pub by_group_region: Vec<GroupRegionRow>,
    /// Up to three comments nearest the theme's centre (one per campaign).
    pub quotes: Vec<ThemeComment>,
    /// Every comment's reference, in order.
    pub references: Vec<String>,
}

/// The themes of one scope: a paper, or one paragraph of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemesPage {
    pub slug: String,
    pub paper_code: String,
    pub paper_title: String,
    /// `None`: the paper as a whole.
    pub paragraph: Option<String>,
    /// The paper's paragraph numbers, to choose another scope.
    pub paragraphs: Vec<String>,
    /// Whether the themes were found among every comment not rejected or withdrawn (for
    /// internal use), not only the published ones.
    pub internal: bool,
    /// The comments in scope.
    pub total: u64,
    pub themes: Vec<ThemeView>,
    /// Comments of the scope in no theme (the analysis found they fit none, or they came
    /// after it ran).
    pub unthemed: Vec<ThemeComment>,
}
