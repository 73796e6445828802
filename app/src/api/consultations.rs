//! Server functions for reading consultations and working papers (open to visitors).

use crate::domain::changes::PaperChanges;
use crate::domain::{AppError, ConsultationDetail, ConsultationSummary, PaperView};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{current_user, respond, state},
    crate::backend::{comments, consultations, digest},
};

#[server(endpoint = "list_consultations")]
pub async fn list_consultations() -> Result<Vec<ConsultationSummary>, AppError> {
    respond(async { consultations::list_public(&state()?.db).await }.await)
}

/// Whether the reader of this request may open the consultation's digest (a link to it
/// is shown then).
#[cfg(feature = "ssr")]
async fn may_read_digest(db: &sea_orm::DatabaseConnection, slug: &str) -> Result<bool, AppError> {
    let filter = crate::domain::digest::DigestFilter::default();
    let viewer = current_user();
    match digest::may_read(db, slug, viewer.as_ref(), &filter).await {
        Ok(()) => Ok(true),
        Err(AppError::Unauthorized | AppError::Forbidden) => Ok(false),
        Err(e) => Err(e),
    }
}

#[server(endpoint = "consultation")]
pub async fn consultation(slug: String) -> Result<ConsultationDetail, AppError> {
    respond(
        async {
            let db = &state()?.db;
            let mut detail = consultations::detail(db, &slug).await?;
            detail.digest_link = may_read_digest(db, &slug).await?;
            Ok(detail)
        }
        .await,
    )
}

/// A paper, read in `text` (a language code) when it has a translation into it, else in
/// the reader's language when it has one, else in its own.
#[server(endpoint = "paper")]
pub async fn paper(
    slug: String,
    code: String,
    #[server(default)] text: String,
) -> Result<PaperView, AppError> {
    respond(
        async {
            let state = state()?;
            let db = &state.db;
            // One of the interface's languages (anything else reads as the reader's own), so
            // that no other value makes an entry of its own in the cache.
            let text = crate::i18n::Locale::from_code(&text)
                .unwrap_or_else(crate::app::request_locale)
                .code();
            // The same for every reader of a language: read once a second. The digest
            // link is theirs.
            let key = format!("paper {slug:?} {code:?} {text:?}");
            let mut view = state
                .fresh
                .read(key, consultations::paper(db, &slug, &code, text))
                .await?;
            view.digest_link = may_read_digest(db, &slug).await?;
            Ok(view)
        }
        .await,
    )
}

/// What changed in a version of a paper (the current one when `version` is empty).
#[server(endpoint = "paper_changes")]
pub async fn load_paper_changes(
    slug: String,
    code: String,
    version: Option<i32>,
) -> Result<PaperChanges, AppError> {
    respond(async { comments::changes::changes(&state()?.db, &slug, &code, version).await }.await)
}
