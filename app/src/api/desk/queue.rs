//! The queue of comments and one comment on the desk.

use crate::domain::AppError;
use crate::domain::desk::{DeskComment, QueuePage};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::api::guard::{require_role, respond, state},
    crate::backend::desk,
    crate::domain::{Role, StakeholderGroup},
};

#[server(endpoint = "desk_queue")]
pub async fn desk_queue(
    consultation: String,
    paper: String,
    group: String,
    tag: String,
    flagged: String,
    q: String,
    after: Option<i64>,
) -> Result<QueuePage, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let filter = desk::QueueFilter {
                consultation: (!consultation.is_empty()).then_some(consultation),
                paper_id: paper.parse().ok(),
                group: StakeholderGroup::from_code(&group),
                tag: (!tag.is_empty()).then_some(tag),
                flagged_only: !flagged.is_empty(),
                text: (!q.is_empty()).then_some(q),
            };
            desk::queue(&state()?.db, &filter, after).await
        }
        .await,
    )
}

/// One comment on the desk, with its audit log.
#[server(endpoint = "desk_item")]
pub async fn desk_item(id: i64) -> Result<DeskComment, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let db = &state()?.db;
            Ok(DeskComment {
                item: desk::item(db, id).await?,
                log: desk::log(db, Some(id), None).await?,
                reasons: desk::reasons(db).await?,
                tags: desk::all_tags(db).await?,
                change_choices: desk::change_choices(db, id).await?,
            })
        }
        .await,
    )
}
