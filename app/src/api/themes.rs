//! Server functions of the themes of a paper's comments (secretariat and administrators
//! only): the page, a run of the analysis, and the secretariat's changes to its themes.
#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes its form's fields one by one (the macro's client code too)"
)]

use crate::domain::AppError;
use crate::domain::themes::ThemesPage;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{require_role, respond, state},
    crate::backend::themes::{store, view},
    crate::domain::Role,
};

/// The page of a scope: `paragraph` empty for the paper as a whole.
#[server(endpoint = "load_themes")]
pub async fn load_themes(
    slug: String,
    code: String,
    paragraph: String,
) -> Result<ThemesPage, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let paragraph = Some(paragraph.trim()).filter(|p| !p.is_empty());
            view::page(&state()?.db, &slug, &code, paragraph).await
        }
        .await,
    )
}

/// Where a scope's page is, with what was done (`done`, for the live region).
#[cfg(feature = "ssr")]
fn back(slug: &str, code: &str, paragraph: &str, done: &str) -> String {
    let p: String = form_urlencoded::byte_serialize(paragraph.as_bytes()).collect();
    format!("/desk/themes/{slug}/{code}?p={p}&done={done}")
}

/// For the secretariat only: the database, the scope's paper and its paragraph (`None`:
/// the paper as a whole).
#[cfg(feature = "ssr")]
async fn scope_of<'a>(
    slug: &str,
    code: &str,
    paragraph: &'a str,
) -> Result<
    (
        sea_orm::DatabaseConnection,
        crate::backend::entities::working_paper::Model,
        Option<&'a str>,
    ),
    AppError,
> {
    require_role(Role::Secretariat)?;
    let db = state()?.db;
    let paper = crate::backend::lookups::any_paper(&db, slug, code).await?;
    Ok((db, paper, Some(paragraph.trim()).filter(|p| !p.is_empty())))
}

/// Runs the analysis on a scope; `internal` ("1"): pending comments too.
#[server(endpoint = "run_themes")]
pub async fn run_themes(
    slug: String,
    code: String,
    #[server(default)] paragraph: String,
    #[server(default)] internal: String,
) -> Result<(), AppError> {
    respond(
        async {
            let (db, paper, scope) = scope_of(&slug, &code, &paragraph).await?;
            let ran = store::run(&db, paper.id, scope, internal == "1").await?;
            let done = format!(
                "ran-{}-{}-{}-{}",
                ran.proposed, ran.kept, ran.placed, ran.unthemed
            );
            leptos_axum::redirect(&back(&slug, &paper.code, &paragraph, &done));
            Ok(())
        }
        .await,
    )
}

/// One change to a scope's themes: `action` is `rename` (with `label`), `confirm`,
/// `unconfirm`, `merge` (into `into`), `split`, `move` (the comment `reference` into
/// `theme`) or `remove` (the comment `reference` out of every theme).
#[server(endpoint = "edit_themes")]
pub async fn edit_themes(
    slug: String,
    code: String,
    #[server(default)] paragraph: String,
    action: String,
    #[server(default)] theme: i64,
    #[server(default)] label: String,
    #[server(default)] into: i64,
    #[server(default)] reference: String,
) -> Result<(), AppError> {
    respond(
        async {
            let (db, paper, scope) = scope_of(&slug, &code, &paragraph).await?;
            match action.as_str() {
                "rename" => store::rename(&db, paper.id, theme, &label).await?,
                "confirm" => store::confirm(&db, paper.id, theme, true).await?,
                "unconfirm" => store::confirm(&db, paper.id, theme, false).await?,
                "merge" => store::merge(&db, paper.id, into, theme).await?,
                "split" => store::split(&db, paper.id, theme).await?,
                "move" => {
                    store::move_comment(&db, paper.id, scope, &reference, Some(theme)).await?;
                }
                "remove" => store::move_comment(&db, paper.id, scope, &reference, None).await?,
                _ => return Err(AppError::BadRequest("unknown action".into())),
            }
            leptos_axum::redirect(&back(&slug, &paper.code, &paragraph, &action));
            Ok(())
        }
        .await,
    )
}
