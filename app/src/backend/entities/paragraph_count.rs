//! The published top-level comments on one paragraph of a paper version (`paragraph_key`
//! 0: on the paper as a whole), kept up to date by moderation.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paragraph_counts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub version_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub paragraph_key: i64,
    pub published: i64,
}

impl ActiveModelBehavior for ActiveModel {}
