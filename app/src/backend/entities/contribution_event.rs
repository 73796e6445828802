//! The audit log of contributions: every status change, who made it and why.

use crate::domain::comment::CommentStatus;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contribution_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub contribution_id: i64,
    pub actor_id: Option<i64>,
    pub from_status: Option<CommentStatus>,
    pub to_status: CommentStatus,
    pub reason: Option<String>,
    pub at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
