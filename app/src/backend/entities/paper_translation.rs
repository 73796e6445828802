//! A translation of one version of a working paper into another language, paragraph for
//! paragraph: its numbered blocks are the version's own.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paper_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub version_id: i64,
    /// A code of `i18n::Locale`, never the paper's own language.
    pub language: String,
    pub title: String,
    #[sea_orm(column_name = "abstract")]
    pub abstract_text: String,
    pub markdown: String,
    pub updated_by: i64,
    pub updated_at: TimeDateTimeWithTimeZone,
    #[sea_orm(belongs_to, from = "version_id", to = "id")]
    pub version: BelongsTo<super::paper_version::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
