//! Sign-in sessions: a random 32-byte token in an HttpOnly, SameSite=Lax cookie; only its
//! SHA-256 is stored. Sessions expire after 14 idle days and are resolved once per request
//! by [`middleware`], which puts the [`CurrentSession`] into the request's extensions.

use super::accounts::author::Author;
use super::entities::{session, user};
use super::{AppState, OrInternal, now};
use crate::domain::{AppError, Role, Viewer};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use http::HeaderValue;
use http::header::{COOKIE, SET_COOKIE};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use time::Duration;

pub const SESSION_COOKIE: &str = "consult_session";
/// A session unused for this long is over.
pub const IDLE_LIFETIME: Duration = Duration::days(14);
/// However active, a session ends this long after sign-in.
pub const ABSOLUTE_LIFETIME: Duration = Duration::days(30);
/// How stale `last_seen_at` may get before a request refreshes it (and the cookie).
const TOUCH_AFTER: Duration = Duration::minutes(10);

/// The signed-in person of a request, as resolved from its cookie.
#[derive(Clone, Debug)]
pub struct CurrentSession {
    pub session_id: i64,
    pub role: Role,
    /// The account as a comment copies it, read with the session: a submission needs no
    /// read of its own.
    pub account: Author,
}

impl CurrentSession {
    /// The signed-in person as pages show them.
    pub fn viewer(&self) -> Viewer {
        Viewer {
            id: self.account.id,
            display_name: self.account.display_name.clone(),
            role: self.role,
        }
    }
}

/// A fresh token as sent in the cookie, and the hash stored for it.
pub(crate) fn new_token() -> (String, String) {
    let token = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
    let hash = hash_token(&token);
    (token, hash)
}

pub(crate) fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session for a user and returns the token for the cookie.
pub async fn create(db: &impl ConnectionTrait, user_id: i64) -> Result<String, AppError> {
    let (token, token_hash) = new_token();
    let at = now();
    session::ActiveModel {
        token_hash: Set(token_hash),
        user_id: Set(user_id),
        created_at: Set(at),
        last_seen_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await
    .or_internal()?;
    Ok(token)
}

/// Ends the session of this token, if there is one.
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(hash_token(token)))
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// Ends every session of a user (suspension, role change, "sign out everywhere").
pub async fn end_all(db: &impl ConnectionTrait, user_id: i64) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// What a token resolves to: the session and whether its idle clock was just refreshed.
pub struct Resolved {
    pub current: CurrentSession,
    pub touched: bool,
}

/// Finds the live session of a token. Sessions idle for 14 days or signed in 30 days ago,
/// and those of suspended accounts,
/// resolve to nothing (and expired ones are deleted).
pub async fn resolve(db: &impl ConnectionTrait, token: &str) -> Result<Option<Resolved>, AppError> {
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(hash_token(token)))
        .find_also_related(user::Entity)
        .one(db)
        .await
        .or_internal()?;
    let Some((session, Some(user))) = found else {
        return Ok(None);
    };
    let at = now();
    if session.last_seen_at + IDLE_LIFETIME <= at || session.created_at + ABSOLUTE_LIFETIME <= at {
        session::Entity::delete_by_id(session.id)
            .exec(db)
            .await
            .or_internal()?;
        return Ok(None);
    }
    if user.suspended_at.is_some() {
        return Ok(None);
    }
    let session_id = session.id;
    let touched = session.last_seen_at + TOUCH_AFTER <= at;
    if touched {
        let mut active: session::ActiveModel = session.into();
        active.last_seen_at = Set(at);
        active.update(db).await.or_internal()?;
    }
    let role = user.role;
    Ok(Some(Resolved {
        current: CurrentSession {
            session_id,
            role,
            account: Author::from(&user),
        },
        touched,
    }))
}

/// The `Set-Cookie` value that stores a session token for the idle lifetime.
pub fn cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        IDLE_LIFETIME.whole_seconds()
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn removal_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

/// The value of a cookie in a request's headers.
pub fn cookie_value(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Resolves the session cookie once per request, puts the [`CurrentSession`] into the
/// request's extensions, and refreshes the cookie when the idle clock was refreshed.
pub async fn middleware(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    // Static assets need no session.
    let token = if req.uri().path().starts_with("/pkg/") {
        None
    } else {
        cookie_value(req.headers(), SESSION_COOKIE)
    };
    let mut refresh = None;
    if let Some(token) = token {
        match resolve(&state.db, &token).await {
            Ok(Some(resolved)) => {
                if resolved.touched {
                    refresh = Some(token);
                }
                req.extensions_mut().insert(resolved.current);
            }
            Ok(None) => {}
            Err(err) => tracing::warn!(?err, "session lookup failed"),
        }
    }
    let mut response = next.run(req).await;
    if let Some(token) = refresh {
        let has_own_cookie = response
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.starts_with(SESSION_COOKIE)));
        if !has_own_cookie
            && let Ok(value) = HeaderValue::from_str(&cookie(&token, state.secure_cookies))
        {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}
