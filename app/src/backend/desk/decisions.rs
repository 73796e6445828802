//! Decisions on comments: one by one, for a whole campaign, and the disposition that says
//! what became of a published comment. Each is one transaction with its audit event.

use super::reason_of;
use crate::backend::entities::{campaign_member, comment, disposition, working_paper};
use crate::backend::found;
use crate::backend::lookups::current_version;
use crate::backend::{OrInternal, moderation, now, versions};
use crate::domain::comment::CommentStatus;
use crate::domain::desk::{ChangedIn, DispositionKind, RESPONSE_MAX_CHARS};
use crate::domain::validation::validate_choice;
use crate::domain::{AppError, Field, Problem};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionSession, TransactionTrait,
};

/// Publishes or rejects pending comments, all or none: one transaction, one audit event
/// each. A rejection needs a reason, which every author will see.
pub async fn decide<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    ids: &[i64],
    to: CommentStatus,
    reason: &str,
) -> Result<u64, AppError> {
    if !matches!(to, CommentStatus::Published | CommentStatus::Rejected) {
        return Err(AppError::validation(Field::Form, Problem::NotAllowedNow));
    }
    if ids.is_empty() {
        return Err(AppError::validation(Field::Form, Problem::Required));
    }
    let reason = if to == CommentStatus::Rejected {
        Some(reason_of(reason)?)
    } else {
        None
    };
    let txn = crate::backend::write_transaction(db).await?;
    for &id in ids {
        moderation::transition(&txn, Some(actor_id), id, to, reason.as_deref()).await?;
    }
    txn.commit().await.or_internal()?;
    Ok(ids.len() as u64)
}

/// The pending members of a campaign, for one decision on them all.
pub async fn campaign_pending(
    db: &impl ConnectionTrait,
    campaign_id: i64,
) -> Result<Vec<i64>, AppError> {
    Ok(comment::Entity::find()
        .filter(comment::Column::Status.eq(CommentStatus::Pending.code()))
        .filter(
            comment::Column::Id.in_subquery(
                Query::select()
                    .column(campaign_member::Column::CommentId)
                    .from(campaign_member::Entity)
                    .and_where(campaign_member::Column::CampaignId.eq(campaign_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|c| c.id)
        .collect())
}

/// Records or replaces the secretariat's disposition of a published comment.
pub async fn set_disposition(
    db: &impl ConnectionTrait,
    actor_id: i64,
    id: i64,
    answer: &Answer<'_>,
) -> Result<(), AppError> {
    let kind = validate_choice(answer.kind, DispositionKind::from_code)
        .map_err(|p| AppError::validation(Field::Disposition, p))?;
    let response = answer.response.trim();
    if response.chars().count() > RESPONSE_MAX_CHARS {
        return Err(AppError::validation(
            Field::Response,
            Problem::TooLong {
                max: RESPONSE_MAX_CHARS,
            },
        ));
    }
    let model = found::<comment::Entity>(db, id).await?;
    if model.status != CommentStatus::Published {
        return Err(AppError::conflict(Field::Form, Problem::NotAllowedNow));
    }
    let existing = disposition::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?;
    // The change it caused: a paragraph it may name now, or the one it named before.
    let changed = match answer.changed {
        None => None,
        Some(p) if existing.as_ref().and_then(|d| d.changed_paragraph_id) == Some(p) => Some(p),
        Some(p) => {
            let choices = change_choices(db, id).await?;
            if !choices.iter().any(|c| c.paragraph_id == p) {
                return Err(AppError::validation(
                    Field::ChangedIn,
                    Problem::UnknownChoice,
                ));
            }
            Some(p)
        }
    };
    let is_new = existing.is_none();
    let mut active = match existing {
        Some(d) => d.into(),
        None => disposition::ActiveModel {
            comment_id: Set(id),
            ..Default::default()
        },
    };
    active.kind = Set(kind);
    active.response = Set(response.to_owned());
    active.decided_by = Set(actor_id);
    active.decided_at = Set(now());
    active.changed_paragraph_id = Set(changed);
    if is_new {
        active.insert(db).await.or_internal()?;
    } else {
        active.update(db).await.or_internal()?;
    }
    crate::backend::notices::disposition(db, &model, kind, response).await?;
    Ok(())
}

/// What the secretariat says of a published comment: its disposition (a
/// [`DispositionKind`] code), the response, and the paragraph of a later version that
/// answers it, if any.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    pub kind: &'a str,
    pub response: &'a str,
    pub changed: Option<i64>,
}

/// The paragraphs a disposition of this comment may name as the change it caused: the
/// commentable paragraphs of its paper's current version, when that is later than the
/// version the comment was written on; none otherwise.
pub async fn change_choices(
    db: &impl ConnectionTrait,
    comment_id: i64,
) -> Result<Vec<ChangedIn>, AppError> {
    let comment = found::<comment::Entity>(db, comment_id).await?;
    let paper = found::<working_paper::Entity>(db, comment.paper_id).await?;
    let current = current_version(db, &paper).await?;
    if current.id == comment.version_id {
        return Ok(Vec::new());
    }
    Ok(versions::commentable_of(db, current.id)
        .await?
        .into_iter()
        .map(|p| ChangedIn {
            paragraph_id: p.id,
            version: current.version,
            number: p.number,
        })
        .collect())
}
