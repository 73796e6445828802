//! A browser, or an address, that an account has signed in from: the SHA-256 of the
//! account with the browser's cookie token, or with the address. Sign-ins from these are not
//! held back by the limit on the account that guessing trips (see `sign_in_guard`).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "known_browsers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub user_id: i64,
    pub first_used_at: TimeDateTimeWithTimeZone,
    pub last_used_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
