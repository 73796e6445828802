//! One band of a comment's MinHash signature, for finding near-identical comments.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comment_bands")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub paper_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub band: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub comment_id: i64,
}

impl ActiveModelBehavior for ActiveModel {}
