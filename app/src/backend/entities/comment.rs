//! A comment on a working paper (or a reply to one), with its author as they were when
//! they submitted it.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub paper_id: i64,
    pub version_id: i64,
    pub paragraph_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub quote: Option<String>,
    pub body: String,
    pub consent: String,
    pub author_name: String,
    pub author_group: String,
    pub author_country: String,
    pub author_region: String,
    pub author_organisation: Option<String>,
    pub author_capacity: String,
    pub status: String,
    pub status_reason: Option<String>,
    pub late: bool,
    pub submitted_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    pub published_at: Option<TimeDateTimeWithTimeZone>,
}

impl ActiveModelBehavior for ActiveModel {}
