//! The secretariat's decisions on contributions, as on comments: publish, reject or hide
//! (with a reason its author sees), each written with its audit event in one transaction.

use crate::backend::entities::{contribution, contribution_event};
use crate::backend::{OrInternal, found, now, write_transaction};
use crate::domain::comment::CommentStatus;
use crate::domain::{AppError, Field, Problem};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, TransactionSession, TransactionTrait};
use time::OffsetDateTime;

/// Writes one audit event. Call it inside the transaction that makes the change.
pub async fn record(
    db: &impl ConnectionTrait,
    contribution_id: i64,
    actor_id: Option<i64>,
    from: Option<CommentStatus>,
    to: CommentStatus,
    reason: Option<&str>,
    at: OffsetDateTime,
) -> Result<(), AppError> {
    contribution_event::ActiveModel {
        contribution_id: Set(contribution_id),
        actor_id: Set(actor_id),
        from_status: Set(from),
        to_status: Set(to),
        reason: Set(reason.map(str::to_owned)),
        at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await
    .or_internal()?;
    Ok(())
}

/// Moves a contribution to `to` if allowed from where it is; a rejection or a hiding
/// needs a reason. Who may ask is the caller's check.
pub async fn transition<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
    to: CommentStatus,
    reason: Option<&str>,
) -> Result<(), AppError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if matches!(to, CommentStatus::Rejected | CommentStatus::Hidden) && reason.is_none() {
        return Err(AppError::validation(Field::Reason, Problem::Required));
    }
    let txn = write_transaction(db).await?;
    let model = found::<contribution::Entity>(&txn, id).await?;
    let from = model.status;
    if !from.may_become(to) {
        return Err(AppError::conflict(Field::Form, Problem::NotAllowedNow));
    }
    let at = now();
    let mut active: contribution::ActiveModel = model.into();
    active.status = Set(to);
    if matches!(to, CommentStatus::Rejected | CommentStatus::Hidden) {
        active.status_reason = Set(reason.map(str::to_owned));
    }
    if to == CommentStatus::Published {
        active.published_at = Set(Some(at));
    }
    active.update(&txn).await.or_internal()?;
    record(&txn, id, Some(actor_id), Some(from), to, reason, at).await?;
    // Hidden: its readers' reports are answered.
    if to == CommentStatus::Hidden {
        super::flags::close(&txn, actor_id, id, "hide").await?;
    }
    txn.commit().await.or_internal()?;
    Ok(())
}
