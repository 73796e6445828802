//! Server functions of contributions: the form (the post itself is a plain multipart
//! request to the server, `server/src/uploads.rs`), a contribution's page, a
//! consultation's published list, and the secretariat's queue and decisions.

use crate::domain::AppError;
use crate::domain::contributions::{
    ContributionForm, ContributionList, ContributionPage, DeskContribution,
};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{back_to, current_user, require_role, require_user, respond, state},
    crate::backend::contributions::{self, decisions, flags, reading},
    crate::domain::comment::CommentStatus,
    crate::domain::contributions::ContributionFilter,
    crate::domain::countries::Region,
    crate::domain::{Field, Problem, Role, StakeholderGroup},
};

/// The contribution form of a consultation, for the signed-in person.
#[server(endpoint = "start_contribution")]
pub async fn start_contribution(slug: String) -> Result<ContributionForm, AppError> {
    respond(
        async {
            let viewer = require_user()?;
            let state = state()?;
            contributions::form(&state.db, &slug, viewer.id, state.uploads).await
        }
        .await,
    )
}

/// A contribution's page: anyone's once published; its author's and the secretariat's
/// before.
#[server(endpoint = "contribution")]
pub async fn contribution(id: i64) -> Result<ContributionPage, AppError> {
    respond(reading::page(&state()?.db, id, current_user().as_ref()).await)
}

/// A consultation's published contributions, filtered by stakeholder group, region and
/// paper (codes; empty for any).
#[server(endpoint = "contributions")]
pub async fn contributions(
    slug: String,
    #[server(default)] group: String,
    #[server(default)] region: String,
    #[server(default)] paper: String,
) -> Result<ContributionList, AppError> {
    respond(
        async {
            let filter = ContributionFilter {
                group: StakeholderGroup::from_code(&group),
                region: Region::from_code(&region),
                paper: (!paper.is_empty()).then_some(paper),
            };
            let db = &state()?.db;
            let (consultation, cards) = reading::list(db, &slug, &filter).await?;
            let papers = crate::backend::consultations::papers_in(db, consultation.id)
                .await?
                .into_iter()
                .map(|p| (p.code, p.title))
                .collect();
            Ok(ContributionList {
                slug: consultation.slug,
                consultation_title: consultation.title,
                papers,
                filter,
                cards,
            })
        }
        .await,
    )
}

/// The contributions waiting for the secretariat.
#[server(endpoint = "pending_contributions")]
pub async fn pending_contributions() -> Result<Vec<DeskContribution>, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            reading::pending(&state()?.db).await
        }
        .await,
    )
}

/// Publishes, rejects or hides a contribution (a rejection or hiding with a reason its
/// author sees), or keeps a reported one, then back to the page the form was on.
#[server(endpoint = "decide_contribution")]
pub async fn decide_contribution(
    id: i64,
    decision_code: String,
    #[server(default)] reason: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let db = &state()?.db;
            let to = match decision_code.as_str() {
                "publish" => CommentStatus::Published,
                "reject" => CommentStatus::Rejected,
                "hide" => CommentStatus::Hidden,
                // A reported contribution stays published; its reports are answered.
                "keep" => {
                    flags::keep(db, viewer.id, id).await?;
                    back_to(&back, "/desk/contributions");
                    return Ok(());
                }
                _ => return Err(AppError::validation(Field::Form, Problem::UnknownChoice)),
            };
            decisions::transition(db, viewer.id, id, to, Some(&reason)).await?;
            back_to(&back, "/desk/contributions");
            Ok(())
        }
        .await,
    )
}
