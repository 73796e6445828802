//! The second step of a submission: prepared comments written inside the caller's
//! transaction, with their tags and the first events of their moderation histories.

use super::prepare::Prepared;
use crate::backend::account_tokens::{self, Purpose};
use crate::backend::attachments;
use crate::backend::entities::{account_token, comment, comment_file, comment_tag};
use crate::backend::mail;
use crate::backend::{OrInternal, moderation};
use crate::domain::AppError;
use crate::domain::comment::reference;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

/// The most comments written by one statement: a comment row binds some twenty values,
/// and SQLite takes 32,766 a statement, PostgreSQL 65,535.
pub const MOST_ROWS_PER_STATEMENT: usize = 1_000;

/// Writes prepared submissions inside the caller's transaction (the writer's batch, a chunk
/// of an import), in five statements for every [`MOST_ROWS_PER_STATEMENT`] of them: the
/// rows, their tags, the first events of their moderation histories, and the receipts'
/// "this was not me" links and messages (none for an import's rows; one more for the
/// attachments of those that carry files, already stored). Returns their
/// ids, in order. Their places in campaigns are found after the commit, by the writer's
/// placer ([`place_pending`](crate::backend::campaigns::place_pending)), or by the import itself.
pub async fn write_all(
    db: &impl ConnectionTrait,
    prepared: &[Prepared],
) -> Result<Vec<i64>, AppError> {
    let mut ids = Vec::with_capacity(prepared.len());
    for part in prepared.chunks(MOST_ROWS_PER_STATEMENT) {
        ids.extend(write_part(db, part).await?);
    }
    Ok(ids)
}

/// [`write_all`] for at most [`MOST_ROWS_PER_STATEMENT`] submissions.
async fn write_part(
    db: &impl ConnectionTrait,
    prepared: &[Prepared],
) -> Result<Vec<i64>, AppError> {
    let mut ids = comment::Entity::insert_many(prepared.iter().map(|p| p.comment.clone()))
        .exec_with_returning_keys(db)
        .await
        .or_internal()?;
    if ids.len() != prepared.len() {
        return Err(crate::backend::internal(
            "a batch of comments was written without all its ids",
        ));
    }
    // One statement numbers its rows in their order, also when other writers interleave;
    // the engines need not return them in that order.
    ids.sort_unstable();
    let tags: Vec<comment_tag::ActiveModel> = prepared
        .iter()
        .zip(&ids)
        .flat_map(|(p, &comment_id)| {
            p.tags.iter().map(move |&tag_id| comment_tag::ActiveModel {
                comment_id: Set(comment_id),
                tag_id: Set(tag_id),
            })
        })
        .collect();
    // At most [`MAX_TAGS`](crate::domain::comment::MAX_TAGS) a comment, two values each.
    if !tags.is_empty() {
        comment_tag::Entity::insert_many(tags)
            .exec_without_returning(db)
            .await
            .or_internal()?;
    }
    // At most a handful a comment, four values each.
    let files: Vec<_> = prepared
        .iter()
        .zip(&ids)
        .flat_map(|(p, &comment_id)| attachments::rows_of(comment_id, &p.files))
        .collect();
    for chunk in files.chunks(1_000) {
        comment_file::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await
            .or_internal()?;
    }
    receipts(db, prepared, &ids).await?;
    let submitted: Vec<(i64, i64, time::OffsetDateTime)> = prepared
        .iter()
        .zip(&ids)
        .map(|(p, &id)| (id, p.author_id, p.at))
        .collect();
    moderation::record_submitted(db, &submitted).await?;
    Ok(ids)
}

/// The receipts of those that have an author to send them to, each with its "this was
/// not me" link: two statements for the batch (the links, the messages), none when no
/// submission has a receipt (an import).
async fn receipts(
    db: &impl ConnectionTrait,
    prepared: &[Prepared],
    ids: &[i64],
) -> Result<(), AppError> {
    let mut links = Vec::new();
    let mut letters = Vec::new();
    for (p, &id) in prepared.iter().zip(ids) {
        let Some(to) = &p.receipt else {
            continue;
        };
        let (token, link) = account_tokens::new_row(p.author_id, Purpose::NotMe, Some(id), p.at);
        links.push(link);
        letters.push(mail::letters::comment_receipt(
            &to.recipient,
            &mail::letters::CommentReceipt {
                reference: &reference(p.at.year(), id),
                paper: &to.paper_code,
                paragraph: to.paragraph.as_deref(),
                link: &format!("{}/my/comments/{id}", mail::SITE),
                not_me: &format!("{}/not-me?token={token}", mail::SITE),
                verified: to.verified,
            },
        ));
    }
    if links.is_empty() {
        return Ok(());
    }
    account_token::Entity::insert_many(links)
        .exec_without_returning(db)
        .await
        .or_internal()?;
    mail::put(db, letters).await
}
