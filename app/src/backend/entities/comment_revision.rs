//! An earlier text of a comment, kept when its author edited it.

use crate::domain::comment::Consent;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comment_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub comment_id: i64,
    pub quote: Option<String>,
    pub body: String,
    pub consent: Consent,
    /// Tag slugs, comma-separated.
    pub tags: String,
    pub replaced_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
