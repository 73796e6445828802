//! A working paper of a consultation; its text lives in versions.

use crate::domain::IssueCluster;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "working_papers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub code: String,
    pub title: String,
    #[sea_orm(column_name = "abstract")]
    pub abstract_text: String,
    pub cluster: IssueCluster,
    /// The language its text is written in (a code of `i18n::Locale`).
    pub language: String,
    pub current_version: i32,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    #[sea_orm(belongs_to, from = "consultation_id", to = "id")]
    pub consultation: BelongsTo<super::consultation::Entity>,
    #[sea_orm(has_many)]
    pub versions: HasMany<super::paper_version::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
