//! The row `/healthz` writes to learn that the database accepts a write.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "health_checks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub checked_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
