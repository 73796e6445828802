//! What became of a paragraph in the next version of its paper, as the secretariat
//! confirmed it: the paragraph it continues in (none when it was removed).

use crate::domain::versions::Fate;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paragraph_links")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub from_paragraph_id: i64,
    pub to_paragraph_id: Option<i64>,
    /// The new version (also when the paragraph was removed from it).
    pub to_version_id: i64,
    pub fate: Fate,
    pub similarity_permille: i32,
    /// Who confirmed an uncertain match; none for a certain one.
    pub confirmed_by: Option<i64>,
    pub created_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
