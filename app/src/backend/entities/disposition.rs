//! The secretariat's answer to a comment.

use crate::domain::desk::DispositionKind;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dispositions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub comment_id: i64,
    pub kind: DispositionKind,
    pub response: String,
    pub decided_by: i64,
    pub decided_at: TimeDateTimeWithTimeZone,
    /// The paragraph of a later version that answers the comment, if the secretariat named
    /// one.
    pub changed_paragraph_id: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
