//! The secretariat's words: a comment's tags, and the list of rejection reasons.

use crate::domain::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::api::guard::{back_to, require_role, respond, state},
    crate::backend::desk,
    crate::domain::Role,
};

#[server(endpoint = "retag_comment")]
pub async fn retag_comment(
    id: i64,
    #[server(default)] tags: Vec<String>,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            desk::retag(&state()?.db, viewer.id, id, &tags).await?;
            back_to(&back, "/desk");
            Ok(())
        }
        .await,
    )
}

#[server(endpoint = "add_rejection_reason")]
pub async fn add_rejection_reason(text: String) -> Result<(), AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            desk::add_reason(&state()?.db, &text).await?;
            leptos_axum::redirect("/desk/log?reason_added=1");
            Ok(())
        }
        .await,
    )
}
