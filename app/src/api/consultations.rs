//! Server functions for reading consultations and working papers (open to visitors).

use crate::domain::changes::PaperChanges;
use crate::domain::{AppError, ConsultationDetail, ConsultationSummary, PaperView};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{respond, state},
    crate::backend::{comments, consultations},
};

#[server(endpoint = "list_consultations")]
pub async fn list_consultations() -> Result<Vec<ConsultationSummary>, AppError> {
    respond(async { consultations::list_public(&state()?.db).await }.await)
}

#[server(endpoint = "consultation")]
pub async fn consultation(slug: String) -> Result<ConsultationDetail, AppError> {
    respond(async { consultations::detail(&state()?.db, &slug).await }.await)
}

#[server(endpoint = "paper")]
pub async fn paper(slug: String, code: String) -> Result<PaperView, AppError> {
    respond(async { consultations::paper(&state()?.db, &slug, &code).await }.await)
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
