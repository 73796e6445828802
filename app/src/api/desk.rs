//! Server functions of the secretariat's desk (secretariat and administrators only), of
//! flagging (any signed-in reader) and of the accounts list (administrators only). Each
//! checks the caller's role here, on the server, before it does anything.
#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per form field"
)]

use crate::domain::AppError;
use crate::domain::desk::{AccountsPage, AuditPage, DeskComment, QueuePage};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{require_role, require_user, respond, state},
    crate::backend::{accounts, desk},
    crate::domain::comment::{CommentStatus, id_from_reference},
    crate::domain::{Role, StakeholderGroup},
};

/// The reason chosen from the list, or the one typed when "other" was chosen.
#[cfg(feature = "ssr")]
fn chosen_reason(reason: String, other_reason: String) -> String {
    if other_reason.trim().is_empty() {
        reason
    } else {
        other_reason
    }
}

#[cfg(feature = "ssr")]
fn decision(code: &str) -> Result<CommentStatus, AppError> {
    match code {
        "publish" => Ok(CommentStatus::Published),
        "reject" => Ok(CommentStatus::Rejected),
        _ => Err(AppError::validation(
            crate::domain::Field::Form,
            crate::domain::Problem::UnknownChoice,
        )),
    }
}

/// Goes back to the page the form was on (a path of this site only).
#[cfg(feature = "ssr")]
fn back_to(back: &str, fallback: &str) {
    let safe = back.starts_with('/') && !back.starts_with("//") && !back.contains('\\');
    leptos_axum::redirect(if safe { back } else { fallback });
}

#[server(endpoint = "desk_queue")]
pub async fn desk_queue(
    consultation: String,
    paper: String,
    group: String,
    tag: String,
    flagged: String,
    q: String,
    after: Option<i64>,
) -> Result<QueuePage, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let filter = desk::QueueFilter {
                consultation: (!consultation.is_empty()).then_some(consultation),
                paper_id: paper.parse().ok(),
                group: StakeholderGroup::from_code(&group),
                tag: (!tag.is_empty()).then_some(tag),
                flagged_only: !flagged.is_empty(),
                text: (!q.is_empty()).then_some(q),
            };
            desk::queue(&state()?.db, &filter, after).await
        }
        .await,
    )
}

/// One comment on the desk, with its audit log.
#[server(endpoint = "desk_item")]
pub async fn desk_item(id: i64) -> Result<DeskComment, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let db = &state()?.db;
            Ok(DeskComment {
                item: desk::item(db, id).await?,
                log: desk::log(db, Some(id), None).await?,
                reasons: desk::reasons(db).await?,
                tags: desk::all_tags(db).await?,
            })
        }
        .await,
    )
}

/// Publishes or rejects the chosen pending comments (one, or many at once).
#[server(endpoint = "decide_comments")]
pub async fn decide_comments(
    #[server(default)] ids: Vec<i64>,
    decision_code: String,
    #[server(default)] reason: String,
    #[server(default)] other_reason: String,
    #[server(default)] back: String,
) -> Result<u64, AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let to = decision(&decision_code)?;
            let done = desk::decide(
                &state()?.db,
                viewer.id,
                &ids,
                to,
                &chosen_reason(reason, other_reason),
            )
            .await?;
            back_to(&back, "/desk");
            Ok(done)
        }
        .await,
    )
}

/// One decision for every pending comment of a campaign.
#[server(endpoint = "decide_campaign")]
pub async fn decide_campaign(
    campaign: i64,
    decision_code: String,
    #[server(default)] reason: String,
    #[server(default)] other_reason: String,
    #[server(default)] back: String,
) -> Result<u64, AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let to = decision(&decision_code)?;
            let db = &state()?.db;
            let ids = desk::campaign_pending(db, campaign).await?;
            let done = desk::decide(
                db,
                viewer.id,
                &ids,
                to,
                &chosen_reason(reason, other_reason),
            )
            .await?;
            back_to(&back, "/desk");
            Ok(done)
        }
        .await,
    )
}

/// Hides a published comment (with a reason), or keeps a flagged one.
#[server(endpoint = "resolve_comment")]
pub async fn resolve_comment(
    id: i64,
    action: String,
    #[server(default)] reason: String,
    #[server(default)] other_reason: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let db = &state()?.db;
            match action.as_str() {
                "hide" => {
                    desk::hide(db, viewer.id, id, &chosen_reason(reason, other_reason)).await?
                }
                "keep" => desk::keep(db, viewer.id, id).await?,
                _ => {
                    return Err(AppError::validation(
                        crate::domain::Field::Form,
                        crate::domain::Problem::UnknownChoice,
                    ));
                }
            }
            back_to(&back, "/desk");
            Ok(())
        }
        .await,
    )
}

#[server(endpoint = "retag_comment")]
pub async fn retag_comment(
    id: i64,
    #[server(default)] tags: Vec<String>,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            desk::retag(&state()?.db, viewer.id, id, &tags).await?;
            back_to(&back, "/desk");
            Ok(())
        }
        .await,
    )
}

#[server(endpoint = "set_disposition")]
pub async fn set_disposition(
    id: i64,
    kind: String,
    #[server(default)] response: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            desk::set_disposition(&state()?.db, viewer.id, id, &kind, &response).await?;
            back_to(&back, "/desk");
            Ok(())
        }
        .await,
    )
}

#[server(endpoint = "add_rejection_reason")]
pub async fn add_rejection_reason(text: String) -> Result<(), AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            desk::add_reason(&state()?.db, &text).await?;
            leptos_axum::redirect("/desk/log?reason_added=1");
            Ok(())
        }
        .await,
    )
}

/// The audit log, optionally of one comment given by its reference.
#[server(endpoint = "audit_log")]
pub async fn audit_log(reference: String, before: Option<i64>) -> Result<AuditPage, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let comment = match reference.trim() {
                "" => None,
                r => Some(
                    id_from_reference(r)
                        .map(|(_, id)| id)
                        .ok_or(AppError::NotFound)?,
                ),
            };
            desk::log(&state()?.db, comment, before).await
        }
        .await,
    )
}

/// A signed-in reader reports a published comment.
#[server(endpoint = "flag_comment")]
pub async fn flag_comment(
    id: i64,
    reason: String,
    #[server(default)] note: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_user()?;
            desk::flag_comment(&state()?.db, viewer.id, id, &reason, &note).await?;
            back_to(&back, "/");
            Ok(())
        }
        .await,
    )
}

#[server(endpoint = "list_accounts")]
pub async fn list_accounts(q: String, after: Option<i64>) -> Result<AccountsPage, AppError> {
    respond(
        async {
            require_role(Role::Admin)?;
            accounts::list(&state()?.db, &q, after).await
        }
        .await,
    )
}

/// Grants or revokes a role, suspends or restores an account, or erases its personal data.
/// The account's sessions end.
#[server(endpoint = "change_account")]
pub async fn change_account(
    id: i64,
    action: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let admin = require_role(Role::Admin)?;
            let db = &state()?.db;
            if id == admin.id {
                // An administrator cannot lock themselves out.
                return Err(AppError::Forbidden);
            }
            match action.as_str() {
                "suspend" => accounts::suspend(db, id).await?,
                "restore" => accounts::restore(db, id).await?,
                "erase" => {
                    crate::backend::personal_data::erase(db, id).await?;
                }
                role => {
                    let role = Role::from_code(role).ok_or(AppError::validation(
                        crate::domain::Field::Form,
                        crate::domain::Problem::UnknownChoice,
                    ))?;
                    accounts::set_role(db, id, role).await?;
                }
            }
            back_to(&back, "/desk/accounts");
            Ok(())
        }
        .await,
    )
}
