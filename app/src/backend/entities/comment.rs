//! A comment on a working paper (or a reply to one), with its author as they were when
//! they submitted it.

use crate::domain::comment::{CommentStatus, Consent};
use crate::domain::{Capacity, StakeholderGroup};
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
    pub consent: Consent,
    pub author_name: String,
    pub author_group: StakeholderGroup,
    pub author_country: String,
    /// The region of `author_country`, copied for filtering; never decoded.
    pub author_region: String,
    pub author_organisation: Option<String>,
    pub author_capacity: Capacity,
    pub status: CommentStatus,
    pub status_reason: Option<String>,
    pub late: bool,
    pub submitted_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    pub published_at: Option<TimeDateTimeWithTimeZone>,
    /// The one-time token of the form it was sent with (none from imports and the demo):
    /// a second post of that form finds this comment instead of making another.
    pub form_token: Option<String>,
    /// How it arrived: `web` (its author's account, on the site) or `import` (by the
    /// secretariat, from a file).
    pub arrival: String,
    /// The language it is written in (BCP 47), when the detector was sure.
    pub language: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
