//! Readers report a published contribution, as they report a comment: once each, with a
//! reason and an optional note. The secretariat hides it (with a reason its author sees)
//! or keeps it; either closes its open reports.

use crate::backend::entities::{contribution, contribution_flag};
use crate::backend::{OrInternal, now, write_transaction};
use crate::domain::comment::CommentStatus;
use crate::domain::desk::{FlagSummary, validate_report};
use crate::domain::{AppError, Field, Problem};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionSession, TransactionTrait,
};
use std::collections::{BTreeMap, HashMap};

/// A signed-in reader reports a published contribution, once.
pub async fn flag(
    db: &impl ConnectionTrait,
    user_id: i64,
    id: i64,
    reason: &str,
    note: &str,
) -> Result<(), AppError> {
    let (reason, note) = validate_report(reason, note)?;
    let published = contribution::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .is_some_and(|c| c.status == CommentStatus::Published);
    if !published {
        return Err(AppError::NotFound);
    }
    contribution_flag::ActiveModel {
        contribution_id: Set(id),
        user_id: Set(user_id),
        reason: Set(reason),
        note: Set(note),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await
    // A second report by the same reader: the unique index keeps the first.
    .map_err(|_| AppError::conflict(Field::Form, Problem::AlreadyFlagged))?;
    Ok(())
}

/// Keeps a reported contribution published: its open reports are resolved as "keep".
pub async fn keep<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
) -> Result<(), AppError> {
    let txn = write_transaction(db).await?;
    close(&txn, actor_id, id, "keep").await?;
    txn.commit().await.or_internal()
}

/// Resolves a contribution's open reports (inside the caller's transaction).
pub(super) async fn close(
    db: &impl ConnectionTrait,
    actor_id: i64,
    id: i64,
    resolution: &str,
) -> Result<(), AppError> {
    contribution_flag::Entity::update_many()
        .col_expr(contribution_flag::Column::Resolution, resolution.into())
        .col_expr(contribution_flag::Column::ResolvedBy, actor_id.into())
        .col_expr(contribution_flag::Column::ResolvedAt, now().into())
        .filter(contribution_flag::Column::ContributionId.eq(id))
        .filter(contribution_flag::Column::ResolvedAt.is_null())
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// The contributions with open reports.
pub(super) async fn reported(db: &impl ConnectionTrait) -> Result<Vec<i64>, AppError> {
    contribution_flag::Entity::find()
        .select_only()
        .column(contribution_flag::Column::ContributionId)
        .distinct()
        .filter(contribution_flag::Column::ResolvedAt.is_null())
        .into_tuple()
        .all(db)
        .await
        .or_internal()
}

/// The open reports of these contributions, summed up by reason.
pub(super) async fn summaries(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<FlagSummary>>, AppError> {
    let mut by: HashMap<i64, BTreeMap<&'static str, FlagSummary>> = HashMap::new();
    for f in contribution_flag::Entity::find()
        .filter(contribution_flag::Column::ContributionId.is_in(ids.iter().copied()))
        .filter(contribution_flag::Column::ResolvedAt.is_null())
        .order_by_asc(contribution_flag::Column::Id)
        .all(db)
        .await
        .or_internal()?
    {
        let summary = by
            .entry(f.contribution_id)
            .or_default()
            .entry(f.reason.code())
            .or_insert_with(|| FlagSummary {
                reason: f.reason,
                count: 0,
                notes: Vec::new(),
            });
        summary.count += 1;
        summary.notes.extend(f.note);
    }
    Ok(by
        .into_iter()
        .map(|(id, s)| (id, s.into_values().collect()))
        .collect())
}
