//! A theme of the comments on a paper or one of its paragraphs: proposed by the analysis,
//! named and confirmed by the secretariat.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "themes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub paper_id: i64,
    /// A paragraph's number, or "" for the paper as a whole.
    pub paragraph: String,
    /// The secretariat's name for it (at first its key terms).
    pub label: String,
    /// The analysis's key terms, comma-separated.
    pub key_terms: String,
    /// Its representative comments' ids, comma-separated (at most three).
    pub quotes: String,
    pub confirmed: bool,
    /// Found among every comment not rejected or withdrawn, not only the published ones.
    pub internal: bool,
    pub updated_at: TimeDateTimeWithTimeZone,
    #[sea_orm(belongs_to, from = "paper_id", to = "id")]
    pub paper: BelongsTo<super::working_paper::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
