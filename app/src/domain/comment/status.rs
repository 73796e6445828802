//! A comment's moderation status and the transitions the design allows between them.

use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
