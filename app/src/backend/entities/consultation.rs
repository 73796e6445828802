//! A consultation: a window in which stakeholders comment on working papers.

use crate::domain::ConsultationStatus;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    pub description: String,
    pub status: ConsultationStatus,
    pub opens_at: TimeDateTimeWithTimeZone,
    pub closes_at: TimeDateTimeWithTimeZone,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    #[sea_orm(has_many)]
    pub working_papers: HasMany<super::working_paper::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
