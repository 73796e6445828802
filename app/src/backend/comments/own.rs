//! The author's own comments: the list and the receipt, edits of a pending comment that
//! keep the earlier text, and withdrawal. Anyone else's comment is "not found".

use crate::backend::attachments;
use crate::backend::consultations::accepts_comments;
use crate::backend::entities::{
    comment, comment_revision, comment_tag, consultation, paragraph, user, working_paper,
};
use crate::backend::found;
use crate::backend::lookups::{
    commentable, dispositions_of, newest_page, papers_of, parent_references, reference_of, tags_of,
};
use crate::backend::submission::prepare::{closed, public_tags_named, unknown_paragraph};
use crate::backend::{OrInternal, moderation, now, rfc3339, versions};
use crate::domain::comment::{
    CommentForm, CommentStatus, MyComment, ValidComment, validate_comment,
};
use crate::domain::{AppError, Field, Problem};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};
use std::collections::HashMap;

/// The paragraph of this number that takes comments (not a heading), or a problem with the
/// paragraph; none when no number is given.
async fn paragraph_of(
    db: &impl ConnectionTrait,
    version_id: i64,
    number: Option<&str>,
) -> Result<Option<paragraph::Model>, AppError> {
    let Some(number) = number else {
        return Ok(None);
    };
    commentable()
        .filter(paragraph::Column::Number.eq(number))
        .filter(paragraph::Column::VersionId.eq(version_id))
        .one(db)
        .await
        .or_internal()?
        .map(Some)
        .ok_or_else(unknown_paragraph)
}

async fn set_tags(
    db: &impl ConnectionTrait,
    comment_id: i64,
    tag_ids: &[i64],
) -> Result<(), AppError> {
    comment_tag::Entity::delete_many()
        .filter(comment_tag::Column::CommentId.eq(comment_id))
        .exec(db)
        .await
        .or_internal()?;
    if !tag_ids.is_empty() {
        comment_tag::Entity::insert_many(tag_ids.iter().map(|&tag_id| comment_tag::ActiveModel {
            comment_id: Set(comment_id),
            tag_id: Set(tag_id),
        }))
        .exec(db)
        .await
        .or_internal()?;
    }
    Ok(())
}

/// An author's own comment; anyone else's is "not found", never "forbidden", so that the
/// existence of a pending comment is not given away.
async fn own(
    db: &impl ConnectionTrait,
    author_id: i64,
    id: i64,
) -> Result<comment::Model, AppError> {
    comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .filter(|c| c.author_id == author_id)
        .ok_or(AppError::NotFound)
}

async fn my_views(
    db: &impl ConnectionTrait,
    models: Vec<comment::Model>,
) -> Result<Vec<MyComment>, AppError> {
    let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
    let tags = tags_of(db, &ids, false).await?;
    let (papers, slugs) = papers_of(db, &models).await?;
    let mut places = versions::read_now(db, &models, &papers, &HashMap::new()).await?;
    let parents = parent_references(db, &models).await?;
    let mut dispositions = dispositions_of(db, &ids).await?;
    let mut files = attachments::files_of(db, &ids).await?;
    // One author's comments: whether their address is verified decides which wait.
    let unverified = match models.first() {
        Some(m) => found::<user::Entity>(db, m.author_id)
            .await?
            .email_verified_at
            .is_none(),
        None => false,
    };
    let revisions: HashMap<i64, u64> = comment_revision::Entity::find()
        .filter(comment_revision::Column::CommentId.is_in(ids))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .fold(HashMap::new(), |mut acc, r| {
            *acc.entry(r.comment_id).or_default() += 1;
            acc
        });
    Ok(models
        .into_iter()
        .filter_map(|m| {
            let paper = papers.get(&m.paper_id)?;
            let read = places.remove(&m.id)?;
            Some(MyComment {
                id: m.id,
                reference: reference_of(&m),
                consultation_slug: slugs.get(&paper.consultation_id)?.clone(),
                paper_code: paper.code.clone(),
                paper_title: paper.title.clone(),
                paragraph_number: read.own_number,
                parent_reference: m.parent_id.and_then(|p| parents.get(&p).cloned()),
                quote: m.quote.clone(),
                body: m.body.clone(),
                tags: tags.get(&m.id).cloned().unwrap_or_default(),
                consent: m.consent,
                status: m.status,
                status_reason: m.status_reason.clone(),
                submitted_at: rfc3339(m.submitted_at),
                late: m.late,
                revisions: revisions.get(&m.id).copied().unwrap_or(0),
                read_at: read.paragraph,
                written_on: read.written_on,
                disposition: dispositions.remove(&m.id),
                files: files.remove(&m.id).unwrap_or_default(),
                held: unverified
                    && m.status == CommentStatus::Pending
                    && m.arrival != crate::backend::notices::IMPORTED,
                language_said: m.language.is_some()
                    && m.language != crate::backend::languages::detect(&m.body),
                language: m.language.clone(),
            })
        })
        .collect())
}

/// One of the author's comments, as on the receipt.
pub async fn mine(
    db: &impl ConnectionTrait,
    author_id: i64,
    id: i64,
) -> Result<MyComment, AppError> {
    let model = own(db, author_id, id).await?;
    my_views(db, vec![model])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// The author's comments, newest first, a page at a time (before the id `before`).
pub async fn my_comments(
    db: &impl ConnectionTrait,
    author_id: i64,
    before: Option<i64>,
) -> Result<(Vec<MyComment>, Option<i64>), AppError> {
    let query = comment::Entity::find().filter(comment::Column::AuthorId.eq(author_id));
    let (models, next) = newest_page(db, query, before).await?;
    Ok((my_views(db, models).await?, next))
}

/// The author changes a pending comment. The earlier text, consent and tags are kept as a
/// revision; a published, rejected or withdrawn comment cannot change.
pub async fn edit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    author_id: i64,
    id: i64,
    form: &CommentForm,
) -> Result<MyComment, AppError> {
    let model = own(db, author_id, id).await?;
    if model.status != CommentStatus::Pending {
        return Err(AppError::conflict(Field::Form, Problem::NotEditable));
    }
    let valid: ValidComment = validate_comment(form).map_err(AppError::Validation)?;
    let paper = found::<working_paper::Entity>(db, model.paper_id).await?;
    let consultation = found::<consultation::Entity>(db, paper.consultation_id).await?;
    let at = now();
    if !accepts_comments(&consultation, at) {
        return Err(closed());
    }
    let paragraph_id = if model.parent_id.is_some() {
        model.paragraph_id
    } else {
        paragraph_of(db, model.version_id, valid.paragraph.as_deref())
            .await?
            .map(|p| p.id)
    };
    let tags: Vec<i64> = public_tags_named(db, &valid.tags)
        .await?
        .iter()
        .map(|t| t.id)
        .collect();
    let old_tags = tags_of(db, &[model.id], false).await?;

    let txn = crate::backend::write_transaction(db).await?;
    // Re-read inside the transaction: a moderator may have decided in the meantime.
    let current = found::<comment::Entity>(&txn, id).await?;
    if current.status != CommentStatus::Pending {
        return Err(AppError::conflict(Field::Form, Problem::NotEditable));
    }
    comment_revision::ActiveModel {
        comment_id: Set(current.id),
        quote: Set(current.quote.clone()),
        body: Set(current.body.clone()),
        consent: Set(current.consent),
        tags: Set(old_tags
            .get(&current.id)
            .map(|t| {
                t.iter()
                    .map(|t| t.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .unwrap_or_default()),
        replaced_at: Set(at),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .or_internal()?;
    let mut active: comment::ActiveModel = current.into();
    active.paragraph_id = Set(paragraph_id);
    active.quote = Set(valid.quote);
    // The language its author chose, else the one detected from the new text.
    active.language = Set(valid
        .language
        .clone()
        .or_else(|| crate::backend::languages::detect(&valid.body)));
    active.body = Set(valid.body);
    active.consent = Set(valid.consent);
    active.updated_at = Set(at);
    active.update(&txn).await.or_internal()?;
    set_tags(&txn, id, &tags).await?;
    txn.commit().await.or_internal()?;
    mine(db, author_id, id).await
}

/// The author takes back a pending comment. It stays in the record as withdrawn.
pub async fn withdraw<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    author_id: i64,
    id: i64,
) -> Result<MyComment, AppError> {
    own(db, author_id, id).await?;
    moderation::transition(db, Some(author_id), id, CommentStatus::Withdrawn, None)
        .await
        .map_err(|e| match e {
            AppError::Conflict(_) => AppError::conflict(Field::Form, Problem::NotEditable),
            other => other,
        })?;
    mine(db, author_id, id).await
}
