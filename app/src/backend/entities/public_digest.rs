//! A consultation whose digest of published comments anyone may download.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "public_digests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: i64,
    pub made_public_by: i64,
    pub made_public_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
