//! The audit log.

use crate::domain::AppError;
use crate::domain::desk::AuditPage;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::api::guard::{require_role, respond, state},
    crate::backend::desk,
    crate::domain::Role,
    crate::domain::comment::id_from_reference,
};

/// The audit log, optionally of one comment given by its reference.
#[server(endpoint = "audit_log")]
pub async fn audit_log(reference: String, before: Option<i64>) -> Result<AuditPage, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let comment = match reference.trim() {
                "" => None,
                r => Some(
                    id_from_reference(r)
                        .map(|(_, id)| id)
                        .ok_or(AppError::NotFound)?,
                ),
            };
            desk::log(&state()?.db, comment, before).await
        }
        .await,
    )
}
