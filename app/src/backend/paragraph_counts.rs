//! The published comments of each paragraph, kept as counts that moderation moves, so that
//! the paper page never counts comments row by row. A leaf.

use super::OrInternal;
use super::entities::{comment, paragraph_count};
use crate::domain::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// The published top-level comments per paragraph of several versions, as `(version id,
/// paragraph id or none for the paper as a whole, count)`.
pub(crate) async fn stored_counts_of(
    db: &impl ConnectionTrait,
    version_ids: &[i64],
) -> Result<Vec<(i64, Option<i64>, u64)>, AppError> {
    Ok(paragraph_count::Entity::find()
        .filter(paragraph_count::Column::VersionId.is_in(version_ids.iter().copied()))
        .filter(paragraph_count::Column::Published.gt(0))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|c| {
            let paragraph = (c.paragraph_key != 0).then_some(c.paragraph_key);
            (
                c.version_id,
                paragraph,
                u64::try_from(c.published).unwrap_or(0),
            )
        })
        .collect())
}

/// Moves a top-level comment's paragraph count by `delta` (+1 when it is published, -1
/// when it stops being published). Call it in the transaction that changes the status.
pub(crate) async fn count_published(
    db: &impl ConnectionTrait,
    model: &comment::Model,
    delta: i64,
) -> Result<(), AppError> {
    use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
    if model.parent_id.is_some() {
        return Ok(());
    }
    let row = paragraph_count::ActiveModel {
        version_id: Set(model.version_id),
        paragraph_key: Set(model.paragraph_id.unwrap_or(0)),
        published: Set(delta),
    };
    paragraph_count::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                paragraph_count::Column::VersionId,
                paragraph_count::Column::ParagraphKey,
            ])
            .value(
                paragraph_count::Column::Published,
                Expr::col((paragraph_count::Entity, paragraph_count::Column::Published))
                    .add(Expr::cust("excluded.published")),
            )
            .to_owned(),
        )
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// Counts the published comments of every paragraph again from the comments themselves,
/// for comments stored without moderation (a bulk load).
pub async fn recount(db: &impl ConnectionTrait) -> Result<(), AppError> {
    paragraph_count::Entity::delete_many()
        .exec(db)
        .await
        .or_internal()?;
    db.execute_unprepared(migrations::m20261122_000006_paragraph_counts::RECOUNT)
        .await
        .or_internal()?;
    Ok(())
}
