//! Server functions of the secretariat's editor of consultations and papers (secretariat
//! and administrators only).
#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes its form's fields one by one (the macro's client code too)"
)]

use crate::domain::editor::{EditableConsultation, PaperFormStart};
use crate::domain::translations::TranslationStart;
use crate::domain::versions::PaperPreview;
use crate::domain::{AppError, ConsultationSummary};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{require_role, respond, state},
    crate::backend::editor,
    crate::domain::Role,
    crate::domain::editor::{ConsultationForm, PaperDraft, PaperForm},
    crate::domain::translations::TranslationForm,
};

#[server(endpoint = "editor_list")]
pub async fn editor_list() -> Result<Vec<ConsultationSummary>, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            editor::list(&state()?.db).await
        }
        .await,
    )
}

#[server(endpoint = "editor_consultation")]
pub async fn editor_consultation(slug: String) -> Result<EditableConsultation, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            editor::consultation(&state()?.db, &slug).await
        }
        .await,
    )
}

/// Creates (`original` empty) or changes a consultation.
#[server(endpoint = "save_consultation")]
pub async fn save_consultation(
    #[server(default)] original: String,
    slug: String,
    title: String,
    #[server(default)] description: String,
    status: String,
    opens_at: String,
    closes_at: String,
) -> Result<String, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            let form = ConsultationForm {
                slug,
                title,
                description,
                status,
                opens_at,
                closes_at,
            };
            let slug = editor::save_consultation(&state()?.db, &original, &form).await?;
            leptos_axum::redirect(&format!("/desk/consultations/{slug}?saved=1"));
            Ok(slug)
        }
        .await,
    )
}

/// How the Markdown will be numbered, and what becomes of the current version's
/// paragraphs, before saving.
#[server(endpoint = "preview_paper")]
pub async fn preview_paper(
    slug: String,
    code: String,
    markdown: String,
) -> Result<PaperPreview, AppError> {
    respond(
        async {
            require_role(Role::Secretariat)?;
            editor::preview_changes(&state()?.db, &slug, &code, &markdown).await
        }
        .await,
    )
}

/// The paper's form at `/desk/consultations/{slug}/papers/{page}` as the caller last sent
/// it, for the page loaded right after the server refused it or previewed it without
/// JavaScript.
#[server(endpoint = "start_paper_form")]
pub async fn start_paper_form(slug: String, page: String) -> Result<PaperFormStart, AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            editor::paper_form_start(&state()?.db, &slug, &page, viewer.id).await
        }
        .await,
    )
}

/// Saves a paper's form. `page` is the code in the form's address (`new` for a new paper);
/// `preview` is sent by the "Preview" button without JavaScript: nothing is saved, the form
/// comes back with the preview of its text.
#[server(endpoint = "save_paper")]
pub async fn save_paper(
    slug: String,
    #[server(default)] page: String,
    code: String,
    title: String,
    #[server(default)] abstract_text: String,
    cluster: String,
    markdown: String,
    #[server(default)] language: String,
    #[server(default)] matches: Vec<String>,
    #[server(default)] preview: String,
) -> Result<String, AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let db = &state()?.db;
            let page = if page.is_empty() { code.clone() } else { page };
            let draft = PaperDraft {
                form: PaperForm {
                    code,
                    title,
                    abstract_text,
                    cluster,
                    markdown,
                    language,
                },
                matches,
            };
            if !preview.is_empty() {
                editor::keep_paper_draft(db, &slug, &page, &draft, viewer.id).await?;
                leptos_axum::redirect(&format!(
                    "/desk/consultations/{slug}/papers/{page}?preview=1#paragraph-matches"
                ));
                return Ok(page);
            }
            let code = editor::submit_paper(db, &slug, &page, &draft, viewer.id).await?;
            leptos_axum::redirect(&format!("/desk/consultations/{slug}?paper_saved={code}"));
            Ok(code)
        }
        .await,
    )
}

/// The translation form of paper `code` into `language`: as the caller sent it when
/// `refused` is set (the page loaded right after a refusal without JavaScript), else as
/// saved, else the paper's own text to translate.
#[server(endpoint = "start_translation")]
pub async fn start_translation(
    slug: String,
    code: String,
    language: String,
    #[server(default)] refused: bool,
) -> Result<TranslationStart, AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let by = refused.then_some(viewer.id);
            crate::backend::translations::start(&state()?.db, &slug, &code, &language, by).await
        }
        .await,
    )
}

/// Saves the translation of a paper's current version into `language`; refused unless its
/// numbered blocks are the version's own.
#[server(endpoint = "save_translation")]
pub async fn save_translation(
    slug: String,
    code: String,
    language: String,
    title: String,
    #[server(default)] abstract_text: String,
    markdown: String,
    #[server(default)] version: i32,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let form = TranslationForm {
                title,
                abstract_text,
                markdown,
                version,
            };
            let db = &state()?.db;
            crate::backend::translations::submit(db, &slug, &code, &language, &form, viewer.id)
                .await?;
            leptos_axum::redirect(&format!(
                "/desk/consultations/{slug}/papers/{code}?translation_saved={language}"
            ));
            Ok(())
        }
        .await,
    )
}
