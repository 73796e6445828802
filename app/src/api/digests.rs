//! Server functions of comment digests: reading one (the secretariat always; anyone once
//! the secretariat has made the digest of published comments public) and making it public.
#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per filter field"
)]

use crate::domain::AppError;
use crate::domain::digest::Digest;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{current_user, require_role, respond, state},
    crate::backend::digest::{self, Scope},
    crate::domain::Role,
    crate::domain::digest::DigestFilter,
    crate::domain::validation::parse_yes_no,
};

/// The digest of a paper (`paper` its code) or of the whole consultation (`paper` empty).
#[server(endpoint = "load_digest")]
pub async fn load_digest(
    slug: String,
    #[server(default)] paper: String,
    #[server(default)] status: String,
    #[server(default)] group: String,
    #[server(default)] region: String,
    #[server(default)] tag: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] language: String,
) -> Result<Digest, AppError> {
    respond(
        async {
            let db = &state()?.db;
            let filter =
                DigestFilter::from_query(&status, &group, &region, &tag, &from, &to, &language);
            digest::may_read(db, &slug, current_user().as_ref(), &filter).await?;
            let scope = Scope {
                slug: &slug,
                paper: (!paper.is_empty()).then_some(paper.as_str()),
            };
            digest::build(db, scope, &filter, crate::backend::now()).await
        }
        .await,
    )
}

/// The secretariat makes the digest of published comments public or not (`public` as
/// [`parse_yes_no`](crate::domain::validation::parse_yes_no) reads it; anything else is 400).
#[server(endpoint = "set_digest_public")]
pub async fn set_digest_public(
    slug: String,
    #[server(default)] public: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let public = parse_yes_no(&public).ok_or_else(|| {
                AppError::BadRequest(
                    "public: expected 1, true, on, yes or 0, false, off, no".into(),
                )
            })?;
            digest::set_public(&state()?.db, &slug, viewer.id, public).await?;
            leptos_axum::redirect(&format!("/desk/consultations/{slug}?saved=1"));
            Ok(())
        }
        .await,
    )
}

/// Whether the consultation's digest of published comments is public.
#[server(endpoint = "digest_is_public")]
pub async fn digest_is_public(slug: String) -> Result<bool, AppError> {
    respond(async { digest::is_public(&state()?.db, &slug).await }.await)
}
