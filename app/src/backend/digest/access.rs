//! Who may read a consultation's digest, and the secretariat making it public.

use crate::backend::entities::{consultation, public_digest};
use crate::backend::{OrInternal, now};
use crate::domain::digest::DigestFilter;
use crate::domain::{AppError, ConsultationStatus, Role, Viewer};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// Whether `viewer` may read this digest: the secretariat always; anyone else only the
/// digest of published comments, once the secretariat has made it public.
pub async fn may_read(
    db: &impl ConnectionTrait,
    slug: &str,
    viewer: Option<&Viewer>,
    filter: &DigestFilter,
) -> Result<(), AppError> {
    if viewer.is_some_and(|v| v.role.includes(Role::Secretariat)) {
        return Ok(());
    }
    if !filter.all_statuses && is_public(db, slug).await? {
        return Ok(());
    }
    Err(if viewer.is_some() {
        AppError::Forbidden
    } else {
        AppError::Unauthorized
    })
}

/// Whether anyone may download the consultation's digest of published comments.
pub async fn is_public(db: &impl ConnectionTrait, slug: &str) -> Result<bool, AppError> {
    let Some(found) = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .or_internal()?
        .filter(|c| c.status != ConsultationStatus::Draft)
    else {
        return Ok(false);
    };
    Ok(public_digest::Entity::find_by_id(found.id)
        .one(db)
        .await
        .or_internal()?
        .is_some())
}

/// The secretariat makes the consultation's digest of published comments public, or not.
pub async fn set_public(
    db: &impl ConnectionTrait,
    slug: &str,
    actor_id: i64,
    public: bool,
) -> Result<(), AppError> {
    let found = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    public_digest::Entity::delete_by_id(found.id)
        .exec(db)
        .await
        .or_internal()?;
    if public {
        public_digest::ActiveModel {
            consultation_id: Set(found.id),
            made_public_by: Set(actor_id),
            made_public_at: Set(now()),
        }
        .insert(db)
        .await
        .or_internal()?;
    }
    Ok(())
}
