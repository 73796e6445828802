//! What changed in a version of a paper, as its public page shows it: each paragraph of the
//! version before, what became of it with the words removed and added, and the published
//! comments that were written on it, with the secretariat's dispositions.

use super::comment::CommentView;
use super::diff::Change;
use super::versions::Fate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperChanges {
    pub consultation_slug: String,
    pub paper_code: String,
    pub paper_title: String,
    /// The version shown, compared with the one before it.
    pub version: i32,
    /// The paper's current version.
    pub current_version: i32,
    pub paragraphs: Vec<ChangedParagraph>,
    /// The published comments written on the version before about the paper as a whole.
    pub whole_paper: Vec<CommentView>,
}

impl PaperChanges {
    /// The paper's public page.
    pub fn paper_href(&self) -> String {
        format!(
            "/consultations/{}/papers/{}",
            self.consultation_slug, self.paper_code
        )
    }
}

/// One paragraph of the version before (or, with no old number, one added in this version).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedParagraph {
    pub old_number: Option<String>,
    pub new_numbers: Vec<String>,
    /// `None` for a paragraph added in this version.
    pub fate: Option<Fate>,
    /// The old text against the new, word by word.
    pub diff: Vec<Change>,
    /// The published comments written on the old text, oldest first.
    pub comments: Vec<CommentView>,
}
