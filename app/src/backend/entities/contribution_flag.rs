//! A reader's report of a published contribution, and how the secretariat resolved it.

use crate::domain::desk::FlagReason;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contribution_flags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub contribution_id: i64,
    pub user_id: i64,
    pub reason: FlagReason,
    pub note: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub resolution: Option<String>,
    pub resolved_by: Option<i64>,
    pub resolved_at: Option<TimeDateTimeWithTimeZone>,
}

impl ActiveModelBehavior for ActiveModel {}
