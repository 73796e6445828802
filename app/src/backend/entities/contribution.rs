//! A contribution to a consultation: a title, a summary and files, with its author as
//! they were when they sent it and the publication they consented to.

use crate::domain::comment::{CommentStatus, Consent};
use crate::domain::{Capacity, StakeholderGroup};
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contributions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    /// The working paper it concerns, if the author named one.
    pub paper_id: Option<i64>,
    pub author_id: i64,
    pub title: String,
    pub summary: String,
    pub consent: Consent,
    pub author_name: String,
    pub author_group: StakeholderGroup,
    pub author_country: String,
    pub author_region: String,
    pub author_organisation: Option<String>,
    pub author_capacity: Capacity,
    pub status: CommentStatus,
    pub status_reason: Option<String>,
    /// Title, summary and the files' text, lower-cased, for search.
    pub search_text: String,
    pub submitted_at: TimeDateTimeWithTimeZone,
    pub published_at: Option<TimeDateTimeWithTimeZone>,
    pub form_token: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
