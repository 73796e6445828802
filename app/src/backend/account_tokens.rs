//! One-use links sent to an account's address: verifying it or a new one (48 hours),
//! choosing a new password (one hour), telling the secretariat a comment was not sent by its author (90
//! days), turning notices off in one click (a year, any number of times). Only a hash of
//! each token is kept: the link itself exists only in the message. Redeeming is one
//! conditional update, so a link used twice at the same moment works once.

use crate::backend::entities::account_token;
use crate::backend::{OrInternal, now};
use crate::domain::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

/// What a link does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Verify,
    Reset,
    NotMe,
    NoticesOff,
    /// Confirms a new address, sent to it; the address waits in the link's row.
    EmailChange,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Self::Verify => "verify",
            Self::Reset => "reset",
            Self::NotMe => "not_me",
            Self::NoticesOff => "notices_off",
            Self::EmailChange => "email_change",
        }
    }

    fn lifetime(self) -> time::Duration {
        match self {
            Self::Verify | Self::EmailChange => time::Duration::hours(48),
            Self::Reset => time::Duration::hours(1),
            Self::NotMe => time::Duration::days(90),
            Self::NoticesOff => time::Duration::days(365),
        }
    }

    /// Whether the link works once only.
    fn once(self) -> bool {
        self != Self::NoticesOff
    }
}

fn hash(raw: &str) -> String {
    hex::encode(Sha256::digest(raw.trim().as_bytes()))
}

/// A new link's token and the row that keeps its hash (for writing many at once).
pub fn new_row(
    user_id: i64,
    purpose: Purpose,
    subject_id: Option<i64>,
    at: time::OffsetDateTime,
) -> (String, account_token::ActiveModel) {
    let raw = hex::encode(rand::random::<[u8; 32]>());
    let row = account_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.code().to_owned()),
        token_hash: Set(hash(&raw)),
        subject_id: Set(subject_id),
        data: Set(None),
        created_at: Set(at),
        expires_at: Set(at + purpose.lifetime()),
        used_at: Set(None),
        ..Default::default()
    };
    (raw, row)
}

/// Makes a link's token for the account (and, for `NotMe`, the comment it is about),
/// inside the caller's transaction; returns the token, which only the message will hold.
pub async fn issue(
    db: &impl ConnectionTrait,
    user_id: i64,
    purpose: Purpose,
    subject_id: Option<i64>,
) -> Result<String, AppError> {
    let (raw, row) = new_row(user_id, purpose, subject_id, now());
    account_token::Entity::insert(row)
        .exec_without_returning(db)
        .await
        .or_internal()?;
    Ok(raw)
}

/// Makes the link that confirms `new_email` as the account's address (the address waits in
/// the link's row until then).
pub async fn issue_change(
    db: &impl ConnectionTrait,
    user_id: i64,
    new_email: &str,
) -> Result<String, AppError> {
    let (raw, mut row) = new_row(user_id, Purpose::EmailChange, None, now());
    row.data = Set(Some(new_email.to_owned()));
    account_token::Entity::insert(row)
        .exec_without_returning(db)
        .await
        .or_internal()?;
    Ok(raw)
}

/// The token's row if it is a live link for `purpose` (not expired, not used), without
/// using it: what a page shows before its owner confirms.
pub async fn live(
    db: &impl ConnectionTrait,
    purpose: Purpose,
    raw: &str,
) -> Result<account_token::Model, AppError> {
    account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(hash(raw)))
        .filter(account_token::Column::Purpose.eq(purpose.code()))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(now()))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)
}

/// Uses a link: its row, if it was live; a link that works once is spent. Expired, used and
/// unknown links are all `NotFound`, alike.
pub async fn redeem(
    db: &impl ConnectionTrait,
    purpose: Purpose,
    raw: &str,
) -> Result<account_token::Model, AppError> {
    let row = live(db, purpose, raw).await?;
    if purpose.once() {
        let spent = account_token::Entity::update_many()
            .col_expr(account_token::Column::UsedAt, Some(now()).into())
            .filter(account_token::Column::Id.eq(row.id))
            .filter(account_token::Column::UsedAt.is_null())
            .exec(db)
            .await
            .or_internal()?;
        if spent.rows_affected != 1 {
            return Err(AppError::NotFound);
        }
    }
    Ok(row)
}

/// Spends every live link of this purpose of the account (a new password makes the other
/// recovery links useless).
pub async fn spend_all(
    db: &impl ConnectionTrait,
    user_id: i64,
    purpose: Purpose,
) -> Result<(), AppError> {
    account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Some(now()).into())
        .filter(account_token::Column::UserId.eq(user_id))
        .filter(account_token::Column::Purpose.eq(purpose.code()))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}
