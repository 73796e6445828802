//! An account: a stakeholder, a secretariat officer or an administrator.

use crate::domain::{Capacity, Role, StakeholderGroup};
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub organisation: Option<String>,
    pub capacity: Capacity,
    pub role: Role,
    pub suspended_at: Option<TimeDateTimeWithTimeZone>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    /// Wrong passwords given for this account since its owner last signed in.
    pub failed_sign_ins: i32,
    pub last_failed_sign_in_at: Option<TimeDateTimeWithTimeZone>,
    /// When its owner followed the verification link sent to the address (accounts made
    /// by an administrator count as verified; an import's do not).
    pub email_verified_at: Option<TimeDateTimeWithTimeZone>,
    /// The language its messages are written in (`en`, `fr`, …): the page's when it
    /// registered.
    pub language: String,
    /// The notices its owner chose: decisions on and answers to their comments, new
    /// versions of papers they commented on.
    pub notify_outcomes: bool,
    pub notify_versions: bool,
    #[sea_orm(has_many)]
    pub sessions: HasMany<super::session::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
