//! Status changes of comments and their audit log. Every change is checked against the
//! allowed transitions and written with its moderation event in one transaction; the
//! full-text index follows what is published.

use super::entities::{comment, moderation_event};
use super::paragraph_counts::count_published;
use super::{OrInternal, now, search_index};
use crate::backend::found;
use crate::domain::comment::CommentStatus;
use crate::domain::{AppError, Field, Problem};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, EntityTrait, Set, TransactionSession, TransactionTrait,
};
use time::OffsetDateTime;

/// Writes one audit event. Call it inside the transaction that makes the change.
pub async fn record(
    db: &impl ConnectionTrait,
    comment_id: i64,
    actor_id: Option<i64>,
    from: Option<CommentStatus>,
    to: CommentStatus,
    reason: Option<&str>,
    at: OffsetDateTime,
) -> Result<(), AppError> {
    moderation_event::ActiveModel {
        comment_id: Set(comment_id),
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

/// The first events of comments' histories, in one statement: each comment (id, author,
/// time) was submitted and is pending.
pub async fn record_submitted(
    db: &impl ConnectionTrait,
    submitted: &[(i64, i64, OffsetDateTime)],
) -> Result<(), AppError> {
    if submitted.is_empty() {
        return Ok(());
    }
    moderation_event::Entity::insert_many(submitted.iter().map(|&(comment_id, author_id, at)| {
        moderation_event::ActiveModel {
            comment_id: Set(comment_id),
            actor_id: Set(Some(author_id)),
            from_status: Set(None),
            to_status: Set(CommentStatus::Pending),
            reason: Set(None),
            at: Set(at),
            ..Default::default()
        }
    }))
    .exec(db)
    .await
    .or_internal()?;
    Ok(())
}

/// Moves a comment to `to` if the design allows it from where it is; a rejection or a
/// hiding needs a reason, which its author will see. Who may ask is the caller's check.
pub async fn transition<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: Option<i64>,
    comment_id: i64,
    to: CommentStatus,
    reason: Option<&str>,
) -> Result<(), AppError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if matches!(to, CommentStatus::Rejected | CommentStatus::Hidden) && reason.is_none() {
        return Err(AppError::validation(Field::Reason, Problem::Required));
    }
    let txn = super::write_transaction(db).await?;
    let model = found::<comment::Entity>(&txn, comment_id).await?;
    let from = model.status;
    if !from.may_become(to) {
        return Err(AppError::conflict(Field::Form, Problem::NotAllowedNow));
    }
    // The author, read once: whether the comment is held, and where its notice goes.
    let author = found::<super::entities::user::Entity>(&txn, model.author_id).await?;
    if to == CommentStatus::Published && held(&model, &author) {
        return Err(AppError::conflict(Field::Form, Problem::NotAllowedNow));
    }
    let at = now();
    let mut active: comment::ActiveModel = model.clone().into();
    active.status = Set(to);
    active.updated_at = Set(at);
    if matches!(to, CommentStatus::Rejected | CommentStatus::Hidden) {
        active.status_reason = Set(reason.map(str::to_owned));
    }
    if to == CommentStatus::Published {
        active.published_at = Set(Some(at));
    }
    active.update(&txn).await.or_internal()?;
    record(&txn, comment_id, actor_id, Some(from), to, reason, at).await?;
    // The secretariat's decisions are told to the author (not what the system does alone).
    if actor_id.is_some() {
        super::notices::decision(&txn, &model, &author, to, reason).await?;
    }
    if to == CommentStatus::Published {
        search_index::add(&txn, &model).await?;
        count_published(&txn, &model, 1).await?;
    } else if from == CommentStatus::Published {
        search_index::remove(&txn, comment_id).await?;
        count_published(&txn, &model, -1).await?;
    }
    txn.commit().await.or_internal()?;
    Ok(())
}

/// Whether a comment waits for its author to confirm their address: one sent on the site
/// from an account whose address is not verified. It is kept from the queue and can never
/// be published until then.
fn held(c: &comment::Model, author: &super::entities::user::Model) -> bool {
    c.arrival != super::notices::IMPORTED && author.email_verified_at.is_none()
}
