//! The audit log: every status change of every comment, newest first.

use crate::backend::entities::{comment, moderation_event, user};
use crate::backend::lookups::reference_of;
use crate::backend::{OrInternal, page_end, rfc3339};
use crate::domain::AppError;
use crate::domain::desk::{AuditEntry, AuditPage};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Audit entries per page.
pub const LOG_PAGE: u64 = 50;

/// The audit log, newest first, optionally of one comment, a page before the id `before`.
pub async fn log(
    db: &impl ConnectionTrait,
    comment_id: Option<i64>,
    before: Option<i64>,
) -> Result<AuditPage, AppError> {
    let mut query = moderation_event::Entity::find();
    if let Some(id) = comment_id {
        query = query.filter(moderation_event::Column::CommentId.eq(id));
    }
    if let Some(before) = before {
        query = query.filter(moderation_event::Column::Id.lt(before));
    }
    let mut events = query
        .order_by_desc(moderation_event::Column::Id)
        .limit(LOG_PAGE + 1)
        .all(db)
        .await
        .or_internal()?;
    let next_before = page_end(&mut events, LOG_PAGE, |e| e.id);
    let references: HashMap<i64, String> = comment::Entity::find()
        .filter(comment::Column::Id.is_in(events.iter().map(|e| e.comment_id)))
        .all(db)
        .await
        .or_internal()?
        .iter()
        .map(|c| (c.id, reference_of(c)))
        .collect();
    let actors: HashMap<i64, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(events.iter().filter_map(|e| e.actor_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(AuditPage {
        entries: events
            .into_iter()
            .map(|e| AuditEntry {
                id: e.id,
                comment_id: e.comment_id,
                reference: references.get(&e.comment_id).cloned().unwrap_or_default(),
                actor: e.actor_id.and_then(|a| actors.get(&a).cloned()),
                from: e.from_status,
                to: e.to_status,
                reason: e.reason,
                at: rfc3339(e.at),
            })
            .collect(),
        next_before,
    })
}
