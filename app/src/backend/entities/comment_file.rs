//! A file attached to a comment, under the name its author gave it (made safe).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comment_files")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub comment_id: i64,
    /// From 1, in the order sent.
    #[sea_orm(primary_key, auto_increment = false)]
    pub position: i32,
    pub file_id: i64,
    pub name: String,
}

impl ActiveModelBehavior for ActiveModel {}
