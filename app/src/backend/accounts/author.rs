//! The author of a comment, as their account is when they submit it.

use crate::backend::OrInternal;
use crate::backend::entities::user;
use crate::domain::{AppError, Capacity, StakeholderGroup};
use sea_orm::{ConnectionTrait, EntityTrait};

/// What a comment copies from its author's account, as it is when they submit. A web
/// request has it from its session (`sessions::resolve` reads the account with it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Author {
    pub id: i64,
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub organisation: Option<String>,
    pub capacity: Capacity,
    /// Where its receipts go, in its language.
    pub email: String,
    pub language: String,
    /// Whether its owner confirmed the address: until then its comments wait outside the
    /// moderation queue.
    pub verified: bool,
}

impl Author {
    /// The author of this account, read on its own (imports, the demo, tests); a suspended
    /// account may not write.
    pub async fn of(db: &impl ConnectionTrait, id: i64) -> Result<Self, AppError> {
        user::Entity::find_by_id(id)
            .one(db)
            .await
            .or_internal()?
            .filter(|u| u.suspended_at.is_none())
            .map(|u| Self::from(&u))
            .ok_or(AppError::Unauthorized)
    }
}

impl Author {
    /// The author as a message addresses them.
    pub fn recipient(&self) -> crate::backend::mail::letters::Recipient {
        crate::backend::mail::letters::Recipient {
            email: self.email.clone(),
            name: self.display_name.clone(),
            locale: crate::i18n::Locale::from_code(&self.language).unwrap_or_default(),
        }
    }
}

impl From<&user::Model> for Author {
    fn from(u: &user::Model) -> Self {
        Self {
            id: u.id,
            display_name: u.display_name.clone(),
            stakeholder_group: u.stakeholder_group,
            country: u.country.clone(),
            organisation: u.organisation.clone(),
            capacity: u.capacity,
            email: u.email.clone(),
            language: u.language.clone(),
            verified: u.email_verified_at.is_some(),
        }
    }
}
