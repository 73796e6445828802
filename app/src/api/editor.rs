//! Server functions of the secretariat's editor of consultations and papers (secretariat
//! and administrators only).

use crate::domain::editor::EditableConsultation;
use crate::domain::versions::PaperPreview;
use crate::domain::{AppError, ConsultationSummary};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{require_role, respond, state},
    crate::backend::editor,
    crate::backend::versions::Choice,
    crate::domain::Role,
    crate::domain::editor::{ConsultationForm, PaperForm},
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

#[server(endpoint = "save_paper")]
pub async fn save_paper(
    slug: String,
    code: String,
    title: String,
    #[server(default)] abstract_text: String,
    cluster: String,
    markdown: String,
    #[server(default)] matches: Vec<String>,
) -> Result<String, AppError> {
    respond(
        async {
            let viewer = require_role(Role::Secretariat)?;
            let choices = Choice::parse_all(&matches)?;
            let form = PaperForm {
                code,
                title,
                abstract_text,
                cluster,
                markdown,
            };
            let code = editor::save_paper(&state()?.db, &slug, &form, &choices, viewer.id).await?;
            leptos_axum::redirect(&format!("/desk/consultations/{slug}?paper_saved={code}"));
            Ok(code)
        }
        .await,
    )
}
