//! The paragraphs a contribution concerns: named by number in its form, kept as paragraphs
//! of the paper's version current when it was sent, and shown on its page with the
//! published comments on them.

use crate::backend::OrInternal;
use crate::backend::entities::{
    comment, consultation, contribution_paragraph, paper_version, paragraph, working_paper,
};
use crate::backend::lookups::{commentable, reference_of};
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::{ConcernedComment, MAX_PARAGRAPHS, paragraph_numbers};
use crate::domain::user_text::excerpt;
use crate::domain::{AppError, Problem};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// The most comments a contribution's page lists.
const MOST_CONCERNED: u64 = 50;

/// The paragraphs of the paper's current version that these typed numbers name (at most
/// [`MAX_PARAGRAPHS`]; headings take no comments and are not named), or the problem with
/// them: a number the version does not have.
pub(super) async fn named(
    db: &impl ConnectionTrait,
    paper: &working_paper::Model,
    typed: &str,
) -> Result<Result<Vec<i64>, Problem>, AppError> {
    let numbers: Vec<String> = paragraph_numbers(typed)
        .into_iter()
        .take(MAX_PARAGRAPHS)
        .collect();
    if numbers.is_empty() {
        return Ok(Ok(Vec::new()));
    }
    let found: Vec<(i64, String)> = commentable()
        .select_only()
        .column(paragraph::Column::Id)
        .column(paragraph::Column::Number)
        .filter(paragraph::Column::Number.is_in(numbers.iter().cloned()))
        .inner_join(paper_version::Entity)
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_version::Column::Version.eq(paper.current_version))
        .order_by_asc(paragraph::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    if found.len() != numbers.len() {
        return Ok(Err(Problem::UnknownChoice));
    }
    Ok(Ok(found.into_iter().map(|(id, _)| id).collect()))
}

/// Records the paragraphs a new contribution concerns, inside its transaction.
pub(super) async fn record(
    db: &impl ConnectionTrait,
    contribution_id: i64,
    paragraph_ids: &[i64],
) -> Result<(), AppError> {
    if paragraph_ids.is_empty() {
        return Ok(());
    }
    contribution_paragraph::Entity::insert_many(paragraph_ids.iter().map(|&paragraph_id| {
        contribution_paragraph::ActiveModel {
            contribution_id: Set(contribution_id),
            paragraph_id: Set(paragraph_id),
        }
    }))
    .exec_without_returning(db)
    .await
    .or_internal()?;
    Ok(())
}

/// The numbers of the paragraphs a contribution concerns, in the paper's order, and the
/// published comments written on them, oldest first (at most [`MOST_CONCERNED`]).
pub(super) async fn of(
    db: &impl ConnectionTrait,
    contribution_id: i64,
    consultation: &consultation::Model,
) -> Result<(Vec<String>, Vec<ConcernedComment>), AppError> {
    let ids: Vec<i64> = contribution_paragraph::Entity::find()
        .select_only()
        .column(contribution_paragraph::Column::ParagraphId)
        .filter(contribution_paragraph::Column::ContributionId.eq(contribution_id))
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    if ids.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let named: Vec<paragraph::Model> = paragraph::Entity::find()
        .filter(paragraph::Column::Id.is_in(ids))
        .order_by_asc(paragraph::Column::Position)
        .all(db)
        .await
        .or_internal()?;
    if named.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let numbers: std::collections::HashMap<i64, String> =
        named.iter().map(|p| (p.id, p.number.clone())).collect();
    // One query a paragraph, merged here: with `paragraph_id IN (…) ORDER BY id`, SQLite
    // walked every published comment instead (see `paper_comments`).
    // (With its paper named too: `ix_comments_paper` then finds them directly.)
    let paper_of: std::collections::HashMap<i64, i64> = paper_version::Entity::find()
        .select_only()
        .column(paper_version::Column::Id)
        .column(paper_version::Column::PaperId)
        .filter(paper_version::Column::Id.is_in(named.iter().map(|p| p.version_id)))
        .into_tuple()
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .collect();
    let mut comments = Vec::new();
    for paragraph in &named {
        let Some(paper) = paper_of.get(&paragraph.version_id) else {
            continue;
        };
        comments.extend(
            comment::Entity::find()
                .filter(comment::Column::PaperId.eq(*paper))
                .filter(comment::Column::ParagraphId.eq(paragraph.id))
                .filter(comment::Column::Status.eq(CommentStatus::Published))
                .filter(comment::Column::ParentId.is_null())
                .order_by_asc(comment::Column::Id)
                .limit(MOST_CONCERNED)
                .all(db)
                .await
                .or_internal()?,
        );
    }
    comments.sort_by_key(|c| c.id);
    comments.truncate(usize::try_from(MOST_CONCERNED).unwrap_or(usize::MAX));
    let codes: std::collections::HashMap<i64, String> = working_paper::Entity::find()
        .filter(working_paper::Column::Id.is_in(comments.iter().map(|c| c.paper_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    let concerned = comments
        .iter()
        .filter_map(|c| {
            let number = numbers.get(&c.paragraph_id?)?.clone();
            let code = codes.get(&c.paper_id)?;
            Some(ConcernedComment {
                reference: reference_of(c),
                href: format!(
                    "/consultations/{}/papers/{code}?p={number}#c-{}",
                    consultation.slug, c.id
                ),
                paragraph: number,
                excerpt: excerpt(&c.body, 240),
            })
        })
        .collect();
    Ok((named.into_iter().map(|p| p.number).collect(), concerned))
}
