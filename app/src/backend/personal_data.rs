//! What the system holds about a person, for them to download as JSON, and the erasure of an
//! account's personal data by an administrator. Erasure keeps the comments in the public
//! record, attributed to a "withdrawn participant" with their stakeholder group and country
//! only, because a consultation's record must stay whole and traceable; the files of their
//! contributions (`contributions::own`) and those attached to their comments
//! (`attachments`) are deleted: a document names and identifies its author.

use super::entities::{comment, comment_revision, flag, form_draft, session, user, working_paper};
use super::lookups::{numbers_of, paper_codes, reference_of, tags_of, version_numbers};
use super::{OrInternal, now, passwords, rfc3339, sessions};
use crate::backend::found;
use crate::domain::AppError;
use crate::domain::comment::Consent;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionSession, TransactionTrait,
};
use serde_json::{Value, json};
use std::collections::HashMap;

/// The name an erased account's comments carry.
pub const WITHDRAWN_PARTICIPANT: &str = "Withdrawn participant";

/// Everything held about the account: the account itself, its sessions (when they began
/// and were last used, never their tokens), every comment it wrote in every status with the
/// author details copied onto it, its public tags and its earlier versions, and the comments
/// it reported. The secretariat's internal notes and tags are not personal data of the
/// author and are not included.
pub async fn export(db: &impl ConnectionTrait, user_id: i64) -> Result<Value, AppError> {
    let account = found::<user::Entity>(db, user_id).await?;
    let sessions: Vec<Value> = session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .order_by_asc(session::Column::Id)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|s| json!({ "signed_in_at": rfc3339(s.created_at), "last_seen_at": rfc3339(s.last_seen_at) }))
        .collect();
    let written = comment::Entity::find()
        .filter(comment::Column::AuthorId.eq(user_id))
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await
        .or_internal()?;
    let ids: Vec<i64> = written.iter().map(|c| c.id).collect();
    let tags = tags_of(db, &ids, false).await?;
    let files = super::attachments::files_of(db, &ids).await?;
    let mut revisions: HashMap<i64, Vec<Value>> = HashMap::new();
    for r in comment_revision::Entity::find()
        .filter(comment_revision::Column::CommentId.is_in(ids.iter().copied()))
        .order_by_asc(comment_revision::Column::Id)
        .all(db)
        .await
        .or_internal()?
    {
        revisions.entry(r.comment_id).or_default().push(json!({
            "replaced_at": rfc3339(r.replaced_at),
            "quote": r.quote,
            "body": r.body,
            "consent": r.consent,
        }));
    }
    // Where each comment was written: the version of its paper, and the paragraph's number
    // in that version.
    let numbers = numbers_of(db, &written).await?;
    let versions = version_numbers(db, written.iter().map(|c| c.version_id)).await?;
    let papers = paper_codes(
        db,
        working_paper::Entity::find()
            .filter(working_paper::Column::Id.is_in(written.iter().map(|c| c.paper_id))),
    )
    .await?;
    let comments: Vec<Value> = written
        .iter()
        .map(|c| {
            json!({
                "reference": reference_of(c),
                "paper": papers.get(&c.paper_id),
                "version": versions.get(&c.version_id),
                "paragraph": c.paragraph_id.and_then(|p| numbers.get(&p)),
                "status": c.status.code(),
                "status_reason": c.status_reason,
                "submitted_at": rfc3339(c.submitted_at),
                "updated_at": rfc3339(c.updated_at),
                "published_at": c.published_at.map(rfc3339),
                "late": c.late,
                "consent": c.consent.code(),
                "author": {
                    "name": c.author_name,
                    "stakeholder_group": c.author_group.code(),
                    "country": c.author_country,
                    "region": c.author_region,
                    "organisation": c.author_organisation,
                    "capacity": c.author_capacity.code(),
                },
                "quote": c.quote,
                "body": c.body,
                "tags": tags.get(&c.id).map(|t| t.iter().map(|t| t.slug.clone()).collect::<Vec<_>>()).unwrap_or_default(),
                "earlier_versions": revisions.remove(&c.id).unwrap_or_default(),
                "files": files.get(&c.id).map(|list| list.iter().map(|f| json!({
                    "name": f.name,
                    "type": f.kind.code(),
                    "size": f.size,
                    "download": f.href,
                })).collect::<Vec<_>>()).unwrap_or_default(),
            })
        })
        .collect();
    let reported: Vec<Value> = flag::Entity::find()
        .filter(flag::Column::UserId.eq(user_id))
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|f| {
            json!({
                "comment_id": f.comment_id,
                "reason": f.reason.code(),
                "note": f.note,
                "reported_at": rfc3339(f.created_at),
                "resolution": f.resolution,
            })
        })
        .collect();
    Ok(json!({
        "generated_at": rfc3339(now()),
        "account": {
            "id": account.id,
            "email": account.email,
            "display_name": account.display_name,
            "stakeholder_group": account.stakeholder_group.code(),
            "country": account.country,
            "organisation": account.organisation,
            "capacity": account.capacity.code(),
            "role": account.role.code(),
            "suspended_at": account.suspended_at.map(rfc3339),
            "created_at": rfc3339(account.created_at),
            "updated_at": rfc3339(account.updated_at),
        },
        "sessions": sessions,
        "comments": comments,
        "contributions": super::contributions::own::export(db, user_id).await?,
        "reported_comments": reported,
    }))
}

/// Erases the account's personal data, in one transaction: the e-mail, name and organisation
/// go, the password can never match again, every session ends and the account stays
/// suspended; its comments stay, as an anonymous "withdrawn participant" of their stakeholder
/// group and country. Returns how many comments were anonymised.
pub async fn erase<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    user_id: i64,
) -> Result<u64, AppError> {
    // Hashed before the transaction: argon2 is slow and needs no lock.
    let unusable = passwords::hash(hex::encode(rand::random::<[u8; 32]>())).await?;
    let txn = super::write_transaction(db).await?;
    let account = found::<user::Entity>(&txn, user_id).await?;
    let mut active: user::ActiveModel = account.into();
    active.email = Set(format!("erased-{user_id}@erased.invalid"));
    active.display_name = Set(WITHDRAWN_PARTICIPANT.to_owned());
    active.organisation = Set(None);
    active.password_hash = Set(unusable);
    active.suspended_at = Set(Some(now()));
    active.updated_at = Set(now());
    active.update(&txn).await.or_internal()?;
    sessions::end_all(&txn, user_id).await?;
    // The refused forms kept for them go too: they hold what they typed.
    form_draft::Entity::delete_many()
        .filter(form_draft::Column::UserId.eq(user_id))
        .exec(&txn)
        .await
        .or_internal()?;
    let anonymised = comment::Entity::update_many()
        .col_expr(
            comment::Column::AuthorName,
            Expr::value(WITHDRAWN_PARTICIPANT),
        )
        .col_expr(
            comment::Column::AuthorOrganisation,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            comment::Column::Consent,
            Expr::value(Consent::Anonymous.code()),
        )
        .filter(comment::Column::AuthorId.eq(user_id))
        .exec(&txn)
        .await
        .or_internal()?
        .rows_affected;
    super::attachments::erase_of_author(&txn, user_id).await?;
    super::contributions::own::erase(&txn, user_id, WITHDRAWN_PARTICIPANT).await?;
    txn.commit().await.or_internal()?;
    Ok(anonymised)
}
