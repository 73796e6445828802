//! The placers' backlog: the comments no placer has placed yet, read a round at a time,
//! and the counts of comments placed and waiting.

use super::Unplaced;
use crate::backend::OrInternal;
use crate::backend::documents::listing;
use crate::backend::entities::{campaign_member, comment_file, comment_signature};
use crate::domain::AppError;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Statement,
};

/// Whether none of the comments has been placed yet (read inside the placing transaction).
pub(super) async fn none_placed(
    db: &impl ConnectionTrait,
    waiting: &[Unplaced],
) -> Result<bool, AppError> {
    use sea_orm::PaginatorTrait;
    for part in waiting.chunks(10_000) {
        let ids = part.iter().map(|u| u.id);
        let signed = comment_signature::Entity::find()
            .filter(comment_signature::Column::CommentId.is_in(ids.clone()))
            .count(db)
            .await
            .or_internal()?;
        let grouped = campaign_member::Entity::find()
            .filter(campaign_member::Column::CommentId.is_in(ids))
            .count(db)
            .await
            .or_internal()?;
        if signed + grouped > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// How many comments with ids from `first` to `last` are in campaigns.
pub async fn members_between(
    db: &impl ConnectionTrait,
    first: i64,
    last: i64,
) -> Result<u64, AppError> {
    use sea_orm::PaginatorTrait;
    campaign_member::Entity::find()
        .filter(campaign_member::Column::CommentId.between(first, last))
        .count(db)
        .await
        .or_internal()
}

/// How many comments are in no campaign and have no signature yet: the placers' backlog.
pub async fn unplaced_count(db: &impl ConnectionTrait) -> Result<u64, AppError> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM comments c WHERE {UNPLACED}"),
        ))
        .await
        .or_internal()?
        .ok_or_else(|| crate::backend::internal("a count without a row"))?;
    let n: i64 = row.try_get("", "n").or_internal()?;
    Ok(u64::try_from(n).unwrap_or_default())
}

/// The condition of a comment `c` that no placer has placed yet.
const UNPLACED: &str = "NOT EXISTS (SELECT 1 FROM comment_signatures s WHERE s.comment_id = c.id) \
     AND NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.comment_id = c.id)";

pub(super) async fn unplaced(
    db: &impl ConnectionTrait,
    after: i64,
    most: u64,
) -> Result<Vec<Unplaced>, AppError> {
    let backend = db.get_database_backend();
    let (a, b) = match backend {
        DbBackend::Postgres => ("$1", "$2"),
        _ => ("?", "?"),
    };
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "SELECT c.id, c.paper_id, c.body FROM comments c WHERE c.id > {a} \
                 AND {UNPLACED} ORDER BY c.id LIMIT {b}"
            ),
            [after.into(), i64::try_from(most).unwrap_or(i64::MAX).into()],
        ))
        .await
        .or_internal()?;
    let mut read: Vec<(i64, i64, String)> = rows
        .iter()
        .map(|row| {
            Ok((
                row.try_get("", "id").or_internal()?,
                row.try_get("", "paper_id").or_internal()?,
                row.try_get("", "body").or_internal()?,
            ))
        })
        .collect::<Result<_, AppError>>()?;
    with_attachments(db, &mut read).await?;
    Ok(read
        .iter()
        .map(|(id, paper_id, text)| Unplaced::new(*id, *paper_id, text))
        .collect())
}

/// How much of an attached document's text counts towards its comment's likeness: a form
/// letter is far shorter; a long paper is alike to another through its start.
const ATTACHED_TEXT: usize = 20_000;

/// Adds to each comment's text the start of the text read from its attachments, so that
/// the same letter sent as an attached file ("please see the attached") joins the campaign
/// of those who pasted it. One statement when none of them has attachments.
async fn with_attachments(
    db: &impl ConnectionTrait,
    read: &mut [(i64, i64, String)],
) -> Result<(), AppError> {
    if read.is_empty() {
        return Ok(());
    }
    let links: Vec<(i64, i64)> = comment_file::Entity::find()
        .select_only()
        .column(comment_file::Column::CommentId)
        .column(comment_file::Column::FileId)
        .filter(comment_file::Column::CommentId.is_in(read.iter().map(|r| r.0)))
        .order_by_asc(comment_file::Column::CommentId)
        .order_by_asc(comment_file::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    if links.is_empty() {
        return Ok(());
    }
    let texts = listing::texts(db, links.iter().map(|l| l.1), ATTACHED_TEXT).await?;
    for (comment_id, file_id) in links {
        if let (Some(entry), Some(Some(text))) = (
            read.iter_mut().find(|r| r.0 == comment_id),
            texts.get(&file_id),
        ) {
            entry.2.push('\n');
            entry.2.push_str(text);
        }
    }
    Ok(())
}
