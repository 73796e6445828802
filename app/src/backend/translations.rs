//! Papers in several languages: the secretariat saves a translation of a paper's current
//! version, refused unless its numbered blocks are the version's own; a reader reads the
//! paper in one of its languages, with the same paragraphs, numbers and comments.
//!
//! A new version starts untranslated: its translations are entered again (the form starts
//! from the earlier version's translation), so that no reader is shown a translation of
//! text that has changed.

use super::entities::{paper_translation, paper_version, working_paper};
use super::form_tokens::{self, FormOf};
use super::lookups::{current_version, version_blocks};
use super::{OrInternal, now, paper_import, write_transaction};
use crate::domain::translations::{
    BlockShape, TranslationForm, TranslationStart, validate_translation,
};
use crate::domain::{AppError, PaperView};
use crate::i18n::Locale;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionSession,
    TransactionTrait,
};
use std::collections::HashMap;

/// The numbered blocks a Markdown text gives, as shapes.
fn shapes(markdown: &str) -> Vec<BlockShape> {
    paper_import::import(markdown)
        .into_iter()
        .map(|b| BlockShape {
            number: b.number,
            kind: b.kind,
            level: b.level,
        })
        .collect()
}

/// The translation form's draft key.
fn form_of<'a>(slug: &'a str, code: &'a str, language: &'a str) -> FormOf<'a> {
    FormOf::Translation {
        slug,
        code,
        language,
    }
}

/// The paper `code` of consultation `slug` (drafts too) and its current version, for a
/// translation into `language`: one of the interface's languages other than the paper's.
async fn target(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
    language: &str,
) -> Result<(working_paper::Model, paper_version::Model), AppError> {
    // Any consultation's, drafts too: the secretariat translates before publishing.
    let paper = crate::backend::lookups::any_paper(db, slug, code).await?;
    if Locale::from_code(language).is_none() || language == paper.language {
        return Err(AppError::NotFound);
    }
    let version = current_version(db, &paper).await?;
    Ok((paper, version))
}

/// How the translation form starts: right after the server refused it (`refused`), as
/// member `by` sent it; else the current version's translation, else the latest earlier
/// version's (to be brought up to date), else the paper's own text.
pub async fn start(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
    language: &str,
    refused: Option<i64>,
) -> Result<TranslationStart, AppError> {
    let (paper, version) = target(db, slug, code, language).await?;
    let form_of = form_of(slug, code, language);
    let sent = match refused {
        Some(by) => form_tokens::draft::<TranslationForm>(db, by, form_of).await?,
        None => None,
    };
    let latest = paper_translation::Entity::find()
        .find_also_related(paper_version::Entity)
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_translation::Column::Language.eq(language))
        .order_by_desc(paper_version::Column::Version)
        .one(db)
        .await
        .or_internal()?;
    let (form, from_version) = match (sent, latest) {
        (Some((_, form)), latest) => (form, latest.and_then(|(_, v)| v).map(|v| v.version)),
        (None, Some((t, Some(v)))) => (
            TranslationForm {
                title: t.title,
                abstract_text: t.abstract_text,
                markdown: t.markdown,
                version: version.version,
            },
            Some(v.version),
        ),
        _ => (
            TranslationForm {
                title: paper.title.clone(),
                abstract_text: paper.abstract_text.clone(),
                markdown: version.markdown.clone(),
                version: version.version,
            },
            None,
        ),
    };
    Ok(TranslationStart {
        language: language.to_owned(),
        paper_language: paper.language,
        paper_title: paper.title,
        version: version.version,
        form,
        from_version,
        blocks: version_blocks(db, version.id).await?,
    })
}

/// The secretariat sends a translation: saved as [`save`] saves it; refused for what was
/// typed in it, it is kept as the sender's draft, to come back as typed where the browser
/// loads the form again (without JavaScript).
pub async fn submit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    slug: &str,
    code: &str,
    language: &str,
    form: &TranslationForm,
    by: i64,
) -> Result<(), AppError> {
    let form_of = form_of(slug, code, language);
    match save(db, slug, code, language, form, by).await {
        Ok(()) => form_tokens::discard_draft(db, by, form_of).await,
        Err(err) => {
            if err.field_problems().is_some() {
                form_tokens::save_draft(db, by, form_of, None, form).await?;
            }
            Err(err)
        }
    }
}

/// Saves the translation of the paper's current version into `language`, replacing the one
/// saved before. Refused (on the text) unless its numbered blocks are the version's own.
pub async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    slug: &str,
    code: &str,
    language: &str,
    form: &TranslationForm,
    by: i64,
) -> Result<(), AppError> {
    let txn = write_transaction(db).await?;
    let (paper, current) = target(&txn, slug, code, language).await?;
    // The version the form was opened for: a paper changed meanwhile does not make this
    // text the translation of the new one.
    let version = if form.version > 0 && form.version != current.version {
        paper_version::Entity::find()
            .filter(paper_version::Column::PaperId.eq(paper.id))
            .filter(paper_version::Column::Version.eq(form.version))
            .one(&txn)
            .await
            .or_internal()?
            .ok_or(AppError::NotFound)?
    } else {
        current
    };
    let paper_shapes = shapes(&version.markdown);
    let valid = validate_translation(form, &paper_shapes, shapes).map_err(AppError::Validation)?;
    let row = paper_translation::ActiveModel {
        version_id: Set(version.id),
        language: Set(language.to_owned()),
        title: Set(valid.title),
        abstract_text: Set(valid.abstract_text),
        markdown: Set(valid.markdown),
        updated_by: Set(by),
        updated_at: Set(now()),
        ..Default::default()
    };
    paper_translation::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                paper_translation::Column::VersionId,
                paper_translation::Column::Language,
            ])
            .update_columns([
                paper_translation::Column::Title,
                paper_translation::Column::AbstractText,
                paper_translation::Column::Markdown,
                paper_translation::Column::UpdatedBy,
                paper_translation::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec(&txn)
        .await
        .or_internal()?;
    txn.commit().await.or_internal()
}

/// The paper's view read in `language`: its languages listed (its own first, then its
/// translations in the UN's order) and, when the version is translated into `language`,
/// the translation's title, abstract and text on the same paragraphs. Another language
/// leaves the paper's own text.
pub async fn read_in(
    db: &impl ConnectionTrait,
    view: &mut PaperView,
    version_id: i64,
    language: &str,
) -> Result<(), AppError> {
    // One read: the version's translations, from which both the list and the text come.
    let translations = paper_translation::Entity::find()
        .filter(paper_translation::Column::VersionId.eq(version_id))
        .all(db)
        .await
        .or_internal()?;
    let own = view.text_language.clone();
    view.languages = std::iter::once(own.clone())
        .chain(
            Locale::ALL
                .iter()
                .map(|l| l.code().to_owned())
                // A paper whose language was changed to one it had a translation into
                // reads its own text in it.
                .filter(|code| *code != own && translations.iter().any(|t| t.language == *code)),
        )
        .collect();
    if language == own {
        return Ok(());
    }
    let Some(t) = translations.into_iter().find(|t| t.language == language) else {
        return Ok(());
    };
    let texts = paper_import::import(&t.markdown);
    // Saved only with the version's structure: block for block. Checked again, so that a
    // row changed behind the editor's back never puts a text on the wrong paragraph.
    if texts.len() != view.paragraphs.len()
        || texts
            .iter()
            .zip(&view.paragraphs)
            .any(|(b, p)| b.number != p.number)
    {
        return Ok(());
    }
    for (block, paragraph) in texts.into_iter().zip(view.paragraphs.iter_mut()) {
        paragraph.text = block.text;
    }
    view.paper.title = t.title;
    view.paper.abstract_text = t.abstract_text;
    view.text_language = t.language;
    Ok(())
}

/// The translations of each of `papers`, for the editor, in one read: for each paper, each
/// language and the version its latest translation is of.
pub async fn status(
    db: &impl ConnectionTrait,
    papers: &[i64],
) -> Result<HashMap<i64, Vec<(String, i32)>>, AppError> {
    let rows = paper_translation::Entity::find()
        .find_also_related(paper_version::Entity)
        .filter(paper_version::Column::PaperId.is_in(papers.iter().copied()))
        .order_by_desc(paper_version::Column::Version)
        .all(db)
        .await
        .or_internal()?;
    let mut latest: HashMap<i64, Vec<(String, i32)>> = HashMap::new();
    for (t, v) in rows {
        let Some(v) = v else { continue };
        let of_paper = latest.entry(v.paper_id).or_default();
        if !of_paper.iter().any(|(l, _)| *l == t.language) {
            of_paper.push((t.language, v.version));
        }
    }
    Ok(latest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_texts_shapes_are_its_numbered_blocks() {
        let s = shapes("## One\n\nFirst.\n\n- a\n- b\n\n## Two\n\nSecond.");
        let numbers: Vec<&str> = s.iter().map(|b| b.number.as_str()).collect();
        assert_eq!(numbers, ["1", "1.1", "1.2", "2", "2.1"]);
    }
}
