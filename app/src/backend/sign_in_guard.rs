//! Guessing passwords is throttled without locking the owner out. Every attempt counts
//! against its address (30 a minute); attempts on one account count against that account
//! (10 a minute) unless they come from a browser that has signed in to it before (it holds
//! a random token in a cookie, stored here hashed) or from an address it has signed in from
//! before. An attacker guessing from new addresses is slowed down; the owner, signing in
//! from their usual browser or office, is not. The owner is told, at their next sign-in,
//! how many wrong passwords were given for their account since the last one.

use super::entities::{known_browser, user};
use super::{OrInternal, now, sessions};
use crate::domain::AppError;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// The cookie that marks a browser an account has signed in from.
pub const BROWSER_COOKIE: &str = "consult_browser";

/// How long a browser is remembered after its last sign-in: a year.
const BROWSER_LIFETIME_SECS: i64 = 365 * 24 * 60 * 60;

/// The `Set-Cookie` value that keeps a browser's token for a year.
pub fn cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{BROWSER_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={BROWSER_LIFETIME_SECS}{secure}"
    )
}

/// What is stored for a browser that signed in to an account: one browser may be known to
/// several accounts (a family's or an office's computer), and its token alone opens
/// nothing.
fn browser_key(user_id: i64, token: &str) -> String {
    sessions::hash_token(&format!("browser {user_id} {token}"))
}

fn address_key(user_id: i64, address: &str) -> String {
    sessions::hash_token(&format!("address {user_id} {address}"))
}

/// A browser's token as its cookie gave it, if it looks like one this server makes.
fn token_of(browser: Option<&str>) -> Option<&str> {
    browser.filter(|t| {
        (20..=64).contains(&t.len())
            && t.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// Whether `user_id` has signed in before from this browser (its cookie token) or from
/// this address.
pub async fn is_known(
    db: &impl ConnectionTrait,
    user_id: i64,
    browser: Option<&str>,
    address: &str,
) -> Result<bool, AppError> {
    let mut keys = vec![address_key(user_id, address)];
    if let Some(token) = token_of(browser) {
        keys.push(browser_key(user_id, token));
    }
    let found = known_browser::Entity::find()
        .filter(known_browser::Column::TokenHash.is_in(keys))
        .filter(known_browser::Column::UserId.eq(user_id))
        .one(db)
        .await
        .or_internal()?;
    Ok(found.is_some())
}

/// After a successful sign-in: remembers the browser and the address for the account, and
/// returns the browser's token for its cookie (the one it has, or a fresh one).
pub async fn remember(
    db: &impl ConnectionTrait,
    user_id: i64,
    browser: Option<&str>,
    address: &str,
) -> Result<String, AppError> {
    let token = token_of(browser).map_or_else(|| sessions::new_token().0, str::to_owned);
    let at = now();
    let rows = [browser_key(user_id, &token), address_key(user_id, address)].map(|hash| {
        known_browser::ActiveModel {
            token_hash: Set(hash),
            user_id: Set(user_id),
            first_used_at: Set(at),
            last_used_at: Set(at),
        }
    });
    known_browser::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::column(known_browser::Column::TokenHash)
                .update_column(known_browser::Column::LastUsedAt)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .or_internal()?;
    Ok(token)
}

/// Counts a wrong password given for an account.
pub async fn record_failure(db: &impl ConnectionTrait, user_id: i64) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(
            user::Column::FailedSignIns,
            Expr::col(user::Column::FailedSignIns).add(1),
        )
        .col_expr(user::Column::LastFailedSignInAt, Expr::value(now()))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// After a successful sign-in: how many wrong passwords were given for the account since
/// its owner last signed in (now told to them), the count starting again from nought.
pub async fn take_failures(
    db: &impl ConnectionTrait,
    account: &user::Model,
) -> Result<u32, AppError> {
    if account.failed_sign_ins == 0 {
        return Ok(0);
    }
    user::Entity::update_many()
        .col_expr(user::Column::FailedSignIns, Expr::value(0))
        .filter(user::Column::Id.eq(account.id))
        .exec(db)
        .await
        .or_internal()?;
    Ok(u32::try_from(account.failed_sign_ins).unwrap_or(0))
}
