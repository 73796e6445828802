//! A comment in a theme.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "theme_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub theme_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub comment_id: i64,
}

impl ActiveModelBehavior for ActiveModel {}
