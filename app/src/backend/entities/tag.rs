//! A tag of the secretariat's taxonomy, under one issue cluster.

use crate::domain::IssueCluster;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub cluster: IssueCluster,
    /// Its name in each language: a JSON object from language code to name
    /// (`{"en": "Root servers", "fr": "Serveurs racine", …}`).
    pub names: String,
    pub public: bool,
    pub created_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
