//! The secretariat's editor: consultations (drafts included) and working papers. A paper's
//! changed text becomes a new version; comments stay on the version and paragraph they
//! were written on.

use super::consultations::{self, NewConsultation, NewPaper, by_slug, papers_in, summary_of};
use super::entities::{comment, consultation, working_paper};
use super::form_tokens::{self, FormOf};
use super::lookups::current_version;
use super::versions::{self, Choice};
use super::{OrInternal, now, paper_import};
use crate::domain::BlockKind;
use crate::domain::editor::{
    ConsultationForm, EditableConsultation, EditablePaper, NEW_PAPER, PaperDraft, PaperForm,
    PaperFormStart, validate_consultation, validate_paper,
};
use crate::domain::versions::{MatchView, PaperPreview};
use crate::domain::{AppError, ConsultationSummary, Field, ParagraphView, Problem};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set, TransactionSession, TransactionTrait,
};
use std::collections::HashMap;

/// Every consultation, newest first, with its papers: the editor's list.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<ConsultationSummary>, AppError> {
    let models = consultation::Entity::find()
        .order_by_desc(consultation::Column::OpensAt)
        .all(db)
        .await
        .or_internal()?;
    let papers = working_paper::Entity::find().all(db).await.or_internal()?;
    Ok(models
        .iter()
        .map(|m| {
            summary_of(
                m,
                papers.iter().filter(|p| p.consultation_id == m.id).count() as u64,
            )
        })
        .collect())
}

/// The paper `code` of a consultation, drafts' papers too.
async fn paper_in(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    code: &str,
) -> Result<Option<working_paper::Model>, AppError> {
    working_paper::Entity::find()
        .filter(working_paper::Column::ConsultationId.eq(consultation_id))
        .filter(working_paper::Column::Code.eq(code))
        .one(db)
        .await
        .or_internal()
}

pub(super) async fn find(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<consultation::Model, AppError> {
    by_slug(db, slug).await?.ok_or(AppError::NotFound)
}

/// One consultation with its papers and their current text, for editing.
pub async fn consultation(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<EditableConsultation, AppError> {
    let model = find(db, slug).await?;
    let papers = papers_in(db, model.id).await?;
    let ids: Vec<i64> = papers.iter().map(|p| p.id).collect();
    let mut translations = super::translations::status(db, &ids).await?;
    let mut editable = Vec::with_capacity(papers.len());
    for paper in &papers {
        let markdown = current_version(db, paper).await?.markdown;
        let comments = comment::Entity::find()
            .filter(comment::Column::PaperId.eq(paper.id))
            .count(db)
            .await
            .or_internal()?;
        editable.push(EditablePaper {
            code: paper.code.clone(),
            title: paper.title.clone(),
            abstract_text: paper.abstract_text.clone(),
            cluster: paper.cluster,
            version: paper.current_version,
            markdown,
            comments,
            language: paper.language.clone(),
            translations: translations.remove(&paper.id).unwrap_or_default(),
        });
    }
    Ok(EditableConsultation {
        summary: summary_of(&model, papers.len() as u64),
        papers: editable,
    })
}

/// Creates a consultation (`original` empty) or changes the one named `original`; a slug,
/// once given, stays, since addresses and digests name it.
pub async fn save_consultation(
    db: &impl ConnectionTrait,
    original: &str,
    form: &ConsultationForm,
) -> Result<String, AppError> {
    let valid = validate_consultation(form).map_err(AppError::Validation)?;
    let exists = by_slug(db, &valid.slug).await?.is_some();
    if original.is_empty() && exists {
        return Err(AppError::conflict(Field::Slug, Problem::SlugTaken));
    }
    if !original.is_empty() && original != valid.slug {
        return Err(AppError::validation(Field::Slug, Problem::NotAllowedNow));
    }
    consultations::upsert_consultation(
        db,
        NewConsultation {
            slug: &valid.slug,
            title: &valid.title,
            description: &valid.description,
            status: valid.status,
            opens_at: valid.opens_at,
            closes_at: valid.closes_at,
        },
    )
    .await?;
    Ok(valid.slug)
}

/// How a paper's Markdown will be numbered, without saving anything.
/// What "Preview" shows for the paper `code` of consultation `slug` (a new one if there is
/// none): the blocks of the new text and, when it changes an existing version, the
/// proposed fate of each of that version's paragraphs with its published comments.
pub async fn preview_changes(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
    markdown: &str,
) -> Result<PaperPreview, AppError> {
    let blocks = preview(markdown);
    let consultation = find(db, slug).await?;
    let Some(paper) = paper_in(db, consultation.id, code).await? else {
        return Ok(PaperPreview {
            blocks,
            matches: Vec::new(),
        });
    };
    let current = current_version(db, &paper).await?;
    if current.markdown == markdown {
        return Ok(PaperPreview {
            blocks,
            matches: Vec::new(),
        });
    }
    let old = versions::commentable_of(db, current.id).await?;
    let new: Vec<(String, BlockKind, String)> = blocks
        .iter()
        .map(|b| (b.number.clone(), b.kind, b.text.clone()))
        .collect();
    let new_numbers: Vec<&str> = new
        .iter()
        .filter(|(_, kind, _)| *kind != BlockKind::Heading)
        .map(|(number, _, _)| number.as_str())
        .collect();
    let counts = versions::live_counts(db, &old).await?;
    let commented = versions::commented(db, &old).await?;
    let matches = versions::proposals_for(&old, &new)
        .into_iter()
        .map(|p| {
            let from = &old[p.old];
            // Only a paragraph with comments is put to the secretariat.
            let certain = p.certain || !commented.contains(&from.id);
            MatchView {
                old_id: from.id,
                old_number: from.number.clone(),
                old_text: from.text.clone(),
                fate: p.fate,
                new_numbers: p
                    .new
                    .iter()
                    .filter_map(|&j| new_numbers.get(j).map(|n| (*n).to_owned()))
                    .collect(),
                similarity_percent: percent(p.similarity),
                certain,
                comments: counts.get(&from.id).copied().unwrap_or(0),
            }
        })
        .collect();
    Ok(PaperPreview { blocks, matches })
}

fn percent(similarity: f32) -> u8 {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "0 to 100"
    )]
    let p = (similarity.clamp(0.0, 1.0) * 100.0).round() as u8;
    p
}

pub fn preview(markdown: &str) -> Vec<ParagraphView> {
    paper_import::import(markdown)
        .into_iter()
        .enumerate()
        .map(|(i, b)| ParagraphView {
            id: i64::try_from(i).unwrap_or(i64::MAX),
            number: b.number,
            kind: b.kind,
            level: b.level,
            text: b.text,
        })
        .collect()
}

/// Creates a paper in a consultation, or changes it. Changed text makes version n + 1 with
/// its own numbered paragraphs; the earlier version and the comments on it stay as they
/// are, and each of its paragraphs is linked to what continues it in the new one, as
/// proposed and, where the proposal is uncertain, as `choices` say (see
/// [`versions`](super::versions)). `by` is the secretariat member who saves.
pub async fn save_paper<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    slug: &str,
    form: &PaperForm,
    choices: &HashMap<i64, Choice>,
    by: i64,
) -> Result<String, AppError> {
    let valid = validate_paper(form).map_err(AppError::Validation)?;
    if crate::i18n::Locale::from_code(&valid.language).is_none() {
        return Err(AppError::validation(Field::Form, Problem::UnknownChoice));
    }
    let consultation = find(db, slug).await?;
    let Some(paper) = paper_in(db, consultation.id, &valid.code).await? else {
        consultations::create_paper(
            db,
            consultation.id,
            NewPaper {
                code: &valid.code,
                title: &valid.title,
                abstract_text: &valid.abstract_text,
                cluster: valid.cluster,
                markdown: &valid.markdown,
                language: &valid.language,
            },
        )
        .await?;
        return Ok(valid.code);
    };
    let current = current_version(db, &paper).await?;
    let at = now();
    let changed = current.markdown != valid.markdown;
    let old = if changed {
        versions::commentable_of(db, current.id).await?
    } else {
        Vec::new()
    };
    let txn = super::write_transaction(db).await?;
    let mut version = paper.current_version;
    if changed {
        version += 1;
        let new_id =
            consultations::insert_version(&txn, paper.id, version, &valid.markdown).await?;
        // On an error the transaction is dropped: no version without its links.
        versions::link(&txn, &old, new_id, choices, by).await?;
    }
    let mut active: working_paper::ActiveModel = paper.into();
    active.title = Set(valid.title);
    active.abstract_text = Set(valid.abstract_text);
    active.cluster = Set(valid.cluster);
    active.language = Set(valid.language);
    active.current_version = Set(version);
    active.updated_at = Set(at);
    let saved = active.update(&txn).await.or_internal()?;
    // Those who commented on it hear of the new version (in the same transaction).
    if changed {
        super::notices::new_version(&txn, &saved, &consultation.slug, version).await?;
    }
    txn.commit().await.or_internal()?;
    Ok(valid.code)
}

/// The secretariat sends a paper's form (`page` is the paper's code, `new` for a new
/// paper): saved as [`save_paper`] saves it; a form refused for what was typed in it is
/// kept as the sender's draft, to come back as typed where the browser loads the form
/// again (without JavaScript).
pub async fn submit_paper<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    slug: &str,
    page: &str,
    draft: &PaperDraft,
    by: i64,
) -> Result<String, AppError> {
    let form = FormOf::Paper { slug, code: page };
    let saved = match Choice::parse_all(&draft.matches) {
        Ok(choices) => save_paper(db, slug, &draft.form, &choices, by).await,
        Err(err) => Err(err),
    };
    match saved {
        Ok(code) => {
            form_tokens::discard_draft(db, by, form).await?;
            Ok(code)
        }
        Err(err) => {
            if err.field_problems().is_some() {
                form_tokens::save_draft(db, by, form, None, draft).await?;
            }
            Err(err)
        }
    }
}

/// "Preview" without JavaScript: the form is kept as the sender's draft and shown again
/// with its preview. `NotFound` for a consultation or paper that does not exist.
pub async fn keep_paper_draft(
    db: &impl ConnectionTrait,
    slug: &str,
    page: &str,
    draft: &PaperDraft,
    by: i64,
) -> Result<(), AppError> {
    let consultation = find(db, slug).await?;
    if page != NEW_PAPER {
        paper_in(db, consultation.id, page)
            .await?
            .ok_or(AppError::NotFound)?;
    }
    form_tokens::save_draft(db, by, FormOf::Paper { slug, code: page }, None, draft).await
}

/// How a paper's form starts right after the server refused it or previewed it: as this
/// member sent it, with the preview of that text (nothing when they have no draft of it).
pub async fn paper_form_start(
    db: &impl ConnectionTrait,
    slug: &str,
    page: &str,
    by: i64,
) -> Result<PaperFormStart, AppError> {
    let form = FormOf::Paper { slug, code: page };
    let Some((_, draft)) = form_tokens::draft::<PaperDraft>(db, by, form).await? else {
        return Ok(PaperFormStart::default());
    };
    let preview = preview_changes(db, slug, page, &draft.form.markdown).await?;
    Ok(PaperFormStart {
        draft: Some(draft),
        preview: Some(preview),
    })
}
