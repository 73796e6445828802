//! One version of a working paper's text; comments stay attached to the version they were
//! written on.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paper_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub paper_id: i64,
    pub version: i32,
    pub markdown: String,
    pub created_at: TimeDateTimeWithTimeZone,
    #[sea_orm(belongs_to, from = "paper_id", to = "id")]
    pub paper: BelongsTo<super::working_paper::Entity>,
    #[sea_orm(has_many)]
    pub paragraphs: HasMany<super::paragraph::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
