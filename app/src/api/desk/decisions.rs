#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per form field"
)]
//! Decisions on comments: publish or reject (one, many, a campaign), hide or keep a
//! published one, and the disposition of its content.

use crate::domain::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::api::guard::{back_to, require_role, respond, state},
    crate::backend::desk,
    crate::domain::comment::CommentStatus,
    crate::domain::{Field, Problem, Role},
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
        _ => Err(AppError::validation(Field::Form, Problem::UnknownChoice)),
    }
}

/// The comments a decision is about.
#[cfg(feature = "ssr")]
enum Chosen {
    /// These ones (one, or many at once).
    Ids(Vec<i64>),
    /// Every pending comment of this campaign.
    Campaign(i64),
}

/// The one way a publication or a rejection is made from the desk: by the secretariat
/// member asking, with the reason chosen (or typed), then back to the page the form was on.
#[cfg(feature = "ssr")]
async fn decide(
    chosen: Chosen,
    decision_code: String,
    reason: String,
    other_reason: String,
    back: String,
) -> Result<u64, AppError> {
    let viewer = require_role(Role::Secretariat)?;
    let db = &state()?.db;
    let ids = match chosen {
        Chosen::Ids(ids) => ids,
        Chosen::Campaign(campaign) => desk::campaign_pending(db, campaign).await?,
    };
    let to = decision(&decision_code)?;
    let reason = chosen_reason(reason, other_reason);
    let done = desk::decide(db, viewer.id, &ids, to, &reason).await?;
    back_to(&back, "/desk");
    Ok(done)
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
    respond(decide(Chosen::Ids(ids), decision_code, reason, other_reason, back).await)
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
    let pending = Chosen::Campaign(campaign);
    respond(decide(pending, decision_code, reason, other_reason, back).await)
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
                    desk::hide(db, viewer.id, id, &chosen_reason(reason, other_reason)).await?;
                }
                "keep" => desk::keep(db, viewer.id, id).await?,
                _ => {
                    return Err(AppError::validation(Field::Form, Problem::UnknownChoice));
                }
            }
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
    #[server(default)] changed: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            // A paragraph's id from the form's select, or nothing.
            let unknown = || AppError::validation(Field::ChangedIn, Problem::UnknownChoice);
            let changed = match changed.trim() {
                "" => None,
                id => Some(id.parse::<i64>().map_err(|_| unknown())?),
            };
            let answer = desk::Answer {
                kind: &kind,
                response: &response,
                changed,
            };
            desk::set_disposition(&state()?.db, viewer.id, id, &answer).await?;
            back_to(&back, "/desk");
            Ok(())
        }
        .await,
    )
}
