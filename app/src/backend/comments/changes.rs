//! What changed in a version of a paper: each paragraph of the version before with what
//! became of it (as the secretariat confirmed it), the words removed and added, and the
//! published comments written on it with their dispositions. Public, like the paper.

use super::reading::views_with_replies;
use crate::backend::OrInternal;
use crate::backend::consultations::find_public_paper;
use crate::backend::entities::{comment, paper_version, paragraph_link};
use crate::backend::versions::commentable_of;
use crate::domain::AppError;
use crate::domain::changes::{ChangedParagraph, PaperChanges};
use crate::domain::comment::CommentStatus;
use crate::domain::diff::word_diff;
use crate::domain::versions::Fate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};

/// What changed in `version` of the paper (the current one when none is given) since the
/// version before. `NotFound` for a first version, or one the paper does not have.
pub async fn changes(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
    version: Option<i32>,
) -> Result<PaperChanges, AppError> {
    let (_, paper) = find_public_paper(db, slug, code).await?;
    let number = version.unwrap_or(paper.current_version);
    if number < 2 || number > paper.current_version {
        return Err(AppError::NotFound);
    }
    let versions = paper_version::Entity::find()
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_version::Column::Version.is_in([number - 1, number]))
        .order_by_asc(paper_version::Column::Version)
        .all(db)
        .await
        .or_internal()?;
    let [older, newer] = versions.as_slice() else {
        return Err(AppError::NotFound);
    };
    let old = commentable_of(db, older.id).await?;
    let new = commentable_of(db, newer.id).await?;
    let links = paragraph_link::Entity::find()
        .filter(paragraph_link::Column::ToVersionId.eq(newer.id))
        .order_by_asc(paragraph_link::Column::Id)
        .all(db)
        .await
        .or_internal()?;
    let models = comment::Entity::find()
        .filter(comment::Column::VersionId.eq(older.id))
        .filter(comment::Column::Status.eq(CommentStatus::Published))
        .filter(comment::Column::ParentId.is_null())
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await
        .or_internal()?;
    let views = views_with_replies(db, &models).await?;
    let mut comments: HashMap<i64, Vec<_>> = HashMap::new();
    let mut whole_paper = Vec::new();
    for (model, view) in models.iter().zip(views) {
        match model.paragraph_id {
            Some(p) => comments.entry(p).or_default().push(view),
            None => whole_paper.push(view),
        }
    }
    let new_by_id: HashMap<i64, &crate::backend::entities::paragraph::Model> =
        new.iter().map(|p| (p.id, p)).collect();
    let mut continued: HashSet<i64> = HashSet::new();
    let mut paragraphs = Vec::with_capacity(old.len());
    for p in &old {
        let mine: Vec<&paragraph_link::Model> = links
            .iter()
            .filter(|l| l.from_paragraph_id == p.id)
            .collect();
        let targets: Vec<&crate::backend::entities::paragraph::Model> = mine
            .iter()
            .filter_map(|l| l.to_paragraph_id.and_then(|id| new_by_id.get(&id).copied()))
            .collect();
        continued.extend(targets.iter().map(|t| t.id));
        let new_text = targets
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        paragraphs.push(ChangedParagraph {
            old_number: Some(p.number.clone()),
            new_numbers: targets.iter().map(|t| t.number.clone()).collect(),
            // A version published before links were kept says nothing: shown as removed.
            fate: Some(mine.first().map_or(Fate::Removed, |l| l.fate)),
            diff: word_diff(&p.text, &new_text),
            comments: comments.remove(&p.id).unwrap_or_default(),
        });
    }
    for added in new.iter().filter(|n| !continued.contains(&n.id)) {
        paragraphs.push(ChangedParagraph {
            old_number: None,
            new_numbers: vec![added.number.clone()],
            fate: None,
            diff: word_diff("", &added.text),
            comments: Vec::new(),
        });
    }
    Ok(PaperChanges {
        consultation_slug: slug.to_owned(),
        paper_code: paper.code,
        paper_title: paper.title,
        version: number,
        current_version: paper.current_version,
        paragraphs,
        whole_paper,
    })
}
