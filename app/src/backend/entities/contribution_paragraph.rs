//! A paragraph a contribution concerns (of the paper's version current when it was sent).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contribution_paragraphs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub contribution_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub paragraph_id: i64,
}

impl ActiveModelBehavior for ActiveModel {}
