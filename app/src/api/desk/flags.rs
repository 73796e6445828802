//! Reports of published comments and contributions, by any signed-in reader.

use crate::domain::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::api::guard::{back_to, require_user, respond, state},
    crate::backend::{contributions, desk},
};

/// A signed-in reader reports a published comment (or contribution).
#[server(endpoint = "flag_comment")]
pub async fn flag_comment(
    id: i64,
    reason: String,
    #[server(default)] note: String,
    #[server(default)] back: String,
    // "contribution" for a contribution's report; a comment's otherwise.
    #[server(default)] of: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_user()?;
            let db = &state()?.db;
            if of == "contribution" {
                contributions::flags::flag(db, viewer.id, id, &reason, &note).await?;
            } else {
                desk::flag_comment(db, viewer.id, id, &reason, &note).await?;
            }
            back_to(&back, "/");
            Ok(())
        }
        .await,
    )
}
