//! A numbered block of a paper version: a section heading or a paragraph.

use crate::domain::BlockKind;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paragraphs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub version_id: i64,
    pub position: i32,
    pub number: String,
    pub kind: BlockKind,
    pub level: i16,
    pub text: String,
    #[sea_orm(belongs_to, from = "version_id", to = "id")]
    pub version: BelongsTo<super::paper_version::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
