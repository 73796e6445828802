//! A one-use link sent to an account's address (hashed: the link itself is only in the
//! message).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    /// `verify`, `reset` or `not_me`.
    pub purpose: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    /// What the link acts on besides the account: a comment's id for `not_me`.
    pub subject_id: Option<i64>,
    /// The new address, for `email_change`.
    pub data: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub expires_at: TimeDateTimeWithTimeZone,
    pub used_at: Option<TimeDateTimeWithTimeZone>,
}

impl ActiveModelBehavior for ActiveModel {}
