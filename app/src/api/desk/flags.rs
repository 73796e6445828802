//! Reports of published comments, by any signed-in reader.

use crate::domain::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::api::guard::{back_to, require_user, respond, state},
    crate::backend::desk,
};

/// A signed-in reader reports a published comment.
#[server(endpoint = "flag_comment")]
pub async fn flag_comment(
    id: i64,
    reason: String,
    #[server(default)] note: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_user()?;
            desk::flag_comment(&state()?.db, viewer.id, id, &reason, &note).await?;
            back_to(&back, "/");
            Ok(())
        }
        .await,
    )
}
