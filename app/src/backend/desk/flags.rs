//! Flags: readers report a published comment; the secretariat hides it or keeps it, which
//! closes its open flags.

use super::reason_of;
use crate::backend::entities::{comment, flag};
use crate::backend::{OrInternal, moderation, now};
use crate::domain::comment::CommentStatus;
use crate::domain::desk::validate_report;
use crate::domain::{AppError, Field, Problem};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};

/// Hides a published comment with a reason; its open flags are resolved as "hide".
pub async fn hide<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason_of(reason)?;
    let txn = crate::backend::write_transaction(db).await?;
    moderation::transition(
        &txn,
        Some(actor_id),
        id,
        CommentStatus::Hidden,
        Some(&reason),
    )
    .await?;
    close_flags(&txn, actor_id, id, "hide").await?;
    txn.commit().await.or_internal()
}

/// Keeps a flagged comment published: its open flags are resolved as "keep".
pub async fn keep<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
) -> Result<(), AppError> {
    let txn = crate::backend::write_transaction(db).await?;
    close_flags(&txn, actor_id, id, "keep").await?;
    txn.commit().await.or_internal()
}

async fn close_flags(
    db: &impl ConnectionTrait,
    actor_id: i64,
    id: i64,
    resolution: &str,
) -> Result<(), AppError> {
    flag::Entity::update_many()
        .col_expr(flag::Column::Resolution, resolution.into())
        .col_expr(flag::Column::ResolvedBy, actor_id.into())
        .col_expr(flag::Column::ResolvedAt, now().into())
        .filter(flag::Column::CommentId.eq(id))
        .filter(flag::Column::ResolvedAt.is_null())
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// A signed-in reader reports a published comment, once.
pub async fn flag_comment(
    db: &impl ConnectionTrait,
    user_id: i64,
    id: i64,
    reason: &str,
    note: &str,
) -> Result<(), AppError> {
    let (reason, note) = validate_report(reason, note)?;
    let published = comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .is_some_and(|c| c.status == CommentStatus::Published);
    if !published {
        return Err(AppError::NotFound);
    }
    let already = flag::Entity::find()
        .filter(flag::Column::CommentId.eq(id))
        .filter(flag::Column::UserId.eq(user_id))
        .one(db)
        .await
        .or_internal()?;
    if already.is_some() {
        return Err(AppError::conflict(Field::Form, Problem::AlreadyFlagged));
    }
    flag::ActiveModel {
        comment_id: Set(id),
        user_id: Set(user_id),
        reason: Set(reason),
        note: Set(note),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await
    // Two flags at once from one reader: the unique index keeps one.
    .map_err(|_| AppError::conflict(Field::Form, Problem::AlreadyFlagged))?;
    Ok(())
}
