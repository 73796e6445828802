//! The secretariat's vocabulary: tags (all of them, retagging a comment, new ones) and the
//! reasons offered for a rejection.

use super::reason_of;
use crate::backend::entities::{comment, comment_tag, rejection_reason, tag};
use crate::backend::found;
use crate::backend::insert_if_absent;
use crate::backend::lookups::sorted_tags;
use crate::backend::{OrInternal, moderation, now, search_index};
use crate::domain::comment::{CommentStatus, MAX_TAGS, validate_tags};
use crate::domain::{AppError, Field, Problem};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionSession,
    TransactionTrait,
};

/// Every tag, the private ones too, by cluster and name.
pub async fn all_tags(
    db: &impl ConnectionTrait,
) -> Result<Vec<crate::domain::comment::TagView>, AppError> {
    sorted_tags(db, tag::Entity::find()).await
}

/// Replaces a comment's tags with any of the taxonomy's, private ones included. The change
/// is logged; a published comment's search entry follows.
pub async fn retag<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
    slugs: &[String],
) -> Result<(), AppError> {
    let slugs = validate_tags(slugs).map_err(|p| AppError::validation(Field::Tags, p))?;
    let tags = tag::Entity::find()
        .filter(tag::Column::Slug.is_in(slugs.iter().cloned()))
        .all(db)
        .await
        .or_internal()?;
    if tags.len() != slugs.len() || tags.len() > MAX_TAGS {
        return Err(AppError::validation(Field::Tags, Problem::UnknownChoice));
    }
    let txn = crate::backend::write_transaction(db).await?;
    let model = found::<comment::Entity>(&txn, id).await?;
    comment_tag::Entity::delete_many()
        .filter(comment_tag::Column::CommentId.eq(id))
        .exec(&txn)
        .await
        .or_internal()?;
    if !tags.is_empty() {
        comment_tag::Entity::insert_many(tags.iter().map(|t| comment_tag::ActiveModel {
            comment_id: Set(id),
            tag_id: Set(t.id),
        }))
        .exec(&txn)
        .await
        .or_internal()?;
    }
    let status = model.status;
    let mut names: Vec<&str> = tags.iter().map(|t| t.slug.as_str()).collect();
    names.sort_unstable();
    let note = format!("tags: {}", names.join(", "));
    moderation::record(
        &txn,
        id,
        Some(actor_id),
        Some(status),
        status,
        Some(&note),
        now(),
    )
    .await?;
    if status == CommentStatus::Published {
        search_index::remove(&txn, id).await?;
        search_index::add(&txn, &model).await?;
    }
    txn.commit().await.or_internal()
}

/// Adds a tag to the taxonomy under a cluster; a private one is the secretariat's own
/// coding, never shown outside the desk. An existing slug is left as it is.
pub async fn add_tag(
    db: &impl ConnectionTrait,
    slug: &str,
    cluster: crate::domain::IssueCluster,
    names: &[(&str, &str)],
    public: bool,
) -> Result<(), AppError> {
    let names: std::collections::BTreeMap<&str, &str> = names.iter().copied().collect();
    let tag = tag::ActiveModel {
        slug: Set(slug.to_owned()),
        cluster: Set(cluster),
        names: Set(serde_json::to_string(&names).or_internal()?),
        public: Set(public),
        created_at: Set(now()),
        ..Default::default()
    };
    insert_if_absent(db, tag, tag::Column::Slug).await?;
    Ok(())
}

/// The reasons offered when rejecting or hiding, in the order they were added.
pub async fn reasons(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    Ok(rejection_reason::Entity::find()
        .order_by_asc(rejection_reason::Column::Id)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|r| r.text)
        .collect())
}

/// Adds a reason to the list (an existing one is left as it is).
pub async fn add_reason(db: &impl ConnectionTrait, text: &str) -> Result<(), AppError> {
    let text = reason_of(text)?;
    let reason = rejection_reason::ActiveModel {
        text: Set(text),
        created_at: Set(now()),
        ..Default::default()
    };
    insert_if_absent(db, reason, rejection_reason::Column::Text).await?;
    Ok(())
}
