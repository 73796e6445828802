//! A message waiting to be sent, or sent (see `backend::mail`).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// What it is about (`verify`, `reset`, `receipt`, …), for the log and the tests.
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub language: String,
    /// The `List-Unsubscribe` address of a notice the recipient may turn off.
    pub list_unsubscribe: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
    pub next_attempt_at: TimeDateTimeWithTimeZone,
    pub attempts: i32,
    /// The sender that took it, until `claimed_until`.
    pub claim: Option<String>,
    pub claimed_until: Option<TimeDateTimeWithTimeZone>,
    pub sent_at: Option<TimeDateTimeWithTimeZone>,
    /// Given up: the server refused it for good, or it failed for days.
    pub failed_at: Option<TimeDateTimeWithTimeZone>,
    pub last_error: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
