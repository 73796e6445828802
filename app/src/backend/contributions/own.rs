//! A person's own contributions, for the personal-data export and the erasure of their
//! account.
//!
//! The export lists every contribution with its files (name, type, size, SHA-256 and the
//! address its author may download it from, in any status): a person's data is
//! downloadable, but 20 MB documents are not copied into a JSON file. Erasure removes the
//! files (a document names and identifies its author) and keeps the record of the
//! contribution, title and summary, as a "withdrawn participant" of their stakeholder group
//! and country, as it does for comments.

use super::reading::file_href;
use crate::backend::documents::store;
use crate::backend::entities::{contribution, contribution_file, stored_file};
use crate::backend::{OrInternal, rfc3339};
use crate::domain::AppError;
use crate::domain::comment::Consent;
use crate::domain::contributions::reference;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use std::collections::HashMap;

/// Every contribution of the account, as JSON for its export.
pub async fn export(db: &impl ConnectionTrait, user_id: i64) -> Result<Vec<Value>, AppError> {
    let models = contribution::Entity::find()
        .filter(contribution::Column::AuthorId.eq(user_id))
        .order_by_asc(contribution::Column::Id)
        .all(db)
        .await
        .or_internal()?;
    let files = contribution_file::Entity::find()
        .filter(contribution_file::Column::ContributionId.is_in(models.iter().map(|m| m.id)))
        .order_by_asc(contribution_file::Column::Position)
        .all(db)
        .await
        .or_internal()?;
    let stored: HashMap<i64, (String, String, i64)> = stored_file::Entity::find()
        .filter(stored_file::Column::Id.is_in(files.iter().map(|f| f.file_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|f| (f.id, (f.kind.code().to_owned(), f.sha256, f.size)))
        .collect();
    let mut by_contribution: HashMap<i64, Vec<Value>> = HashMap::new();
    for f in files {
        let Some((kind, sha256, size)) = stored.get(&f.file_id) else {
            continue;
        };
        by_contribution
            .entry(f.contribution_id)
            .or_default()
            .push(json!({
                "name": f.name,
                "type": kind,
                "size": size,
                "sha256": sha256,
                "download": file_href(f.contribution_id, f.position, &f.name),
            }));
    }
    Ok(models
        .into_iter()
        .map(|m| {
            json!({
                "reference": reference(m.id),
                "title": m.title,
                "summary": m.summary,
                "status": m.status.code(),
                "status_reason": m.status_reason,
                "consent": m.consent.code(),
                "submitted_at": rfc3339(m.submitted_at),
                "published_at": m.published_at.map(rfc3339),
                "author": {
                    "name": m.author_name,
                    "stakeholder_group": m.author_group.code(),
                    "country": m.author_country,
                    "region": m.author_region,
                    "organisation": m.author_organisation,
                    "capacity": m.author_capacity.code(),
                },
                "files": by_contribution.remove(&m.id).unwrap_or_default(),
            })
        })
        .collect())
}

/// Removes the files of the account's contributions (and their content, where no other
/// contribution holds the same file) and anonymises the contributions. Call it inside the
/// erasure's transaction. Returns how many contributions were anonymised.
pub async fn erase(
    db: &impl ConnectionTrait,
    user_id: i64,
    withdrawn: &str,
) -> Result<u64, AppError> {
    let ids: Vec<i64> = contribution::Entity::find()
        .filter(contribution::Column::AuthorId.eq(user_id))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|m| m.id)
        .collect();
    let file_ids: Vec<i64> = contribution_file::Entity::find()
        .filter(contribution_file::Column::ContributionId.is_in(ids.iter().copied()))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|f| f.file_id)
        .collect();
    contribution_file::Entity::delete_many()
        .filter(contribution_file::Column::ContributionId.is_in(ids.iter().copied()))
        .exec(db)
        .await
        .or_internal()?;
    store::forget_unused(db, &file_ids).await?;
    let anonymised = contribution::Entity::update_many()
        .col_expr(contribution::Column::AuthorName, Expr::value(withdrawn))
        .col_expr(
            contribution::Column::AuthorOrganisation,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            contribution::Column::Consent,
            Expr::value(Consent::Anonymous.code()),
        )
        .col_expr(contribution::Column::SearchText, Expr::value(""))
        .filter(contribution::Column::AuthorId.eq(user_id))
        .exec(db)
        .await
        .or_internal()?
        .rows_affected;
    Ok(anonymised)
}
