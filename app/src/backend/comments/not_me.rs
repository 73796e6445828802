//! "This was not me": the owner of an address says they did not send a comment made in
//! their name, from the link in its receipt, without signing in. A published comment is
//! withdrawn from publication (hidden, with that reason); a pending one stays out of
//! publication; either way an open flag "reported as not sent by its author" puts it
//! before the secretariat, and the moderation log records it.

use crate::backend::account_tokens::{self, Purpose};
use crate::backend::entities::{comment, flag, working_paper};
use crate::backend::lookups::reference_of;
use crate::backend::{OrInternal, found, moderation, now, write_transaction};
use crate::domain::AppError;
use crate::domain::comment::{CommentStatus, NotMeComment};
use crate::domain::desk::FlagReason;
use crate::domain::user_text::excerpt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};

/// The reason a comment reported this way is hidden with (the log and its author see it).
pub const REASON: &str = "Reported by the owner of the address as not sent by them";

/// The comment a live link is about.
pub async fn comment(db: &impl ConnectionTrait, token: &str) -> Result<NotMeComment, AppError> {
    let link = account_tokens::live(db, Purpose::NotMe, token).await?;
    let model = found::<comment::Entity>(db, link.subject_id.ok_or(AppError::NotFound)?).await?;
    if model.author_id != link.user_id {
        return Err(AppError::NotFound);
    }
    let paper = found::<working_paper::Entity>(db, model.paper_id).await?;
    Ok(NotMeComment {
        reference: reference_of(&model),
        paper_code: paper.code,
        excerpt: excerpt(&model.body, 400),
        submitted_at: crate::backend::rfc3339(model.submitted_at),
    })
}

/// Withdraws the comment from publication and puts it before the secretariat.
pub async fn report<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    token: &str,
) -> Result<(), AppError> {
    let txn = write_transaction(db).await?;
    let link = account_tokens::redeem(&txn, Purpose::NotMe, token).await?;
    let id = link.subject_id.ok_or(AppError::NotFound)?;
    let model = found::<comment::Entity>(&txn, id).await?;
    if model.author_id != link.user_id {
        return Err(AppError::NotFound);
    }
    if model.status == CommentStatus::Published {
        moderation::transition(&txn, None, id, CommentStatus::Hidden, Some(REASON)).await?;
    }
    let already = flag::Entity::find()
        .filter(flag::Column::CommentId.eq(id))
        .filter(flag::Column::UserId.eq(link.user_id))
        .one(&txn)
        .await
        .or_internal()?;
    if already.is_none() {
        flag::ActiveModel {
            comment_id: Set(id),
            user_id: Set(link.user_id),
            reason: Set(FlagReason::NotSent),
            note: Set(None),
            created_at: Set(now()),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .or_internal()?;
    }
    txn.commit().await.or_internal()
}
