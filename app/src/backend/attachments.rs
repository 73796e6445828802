//! Documents attached to comments: stored before the comment is written (each file in its
//! own transaction, so that the submission writer's group commit never carries megabytes),
//! listed with the comments that carry them, served to those who may read the comment,
//! and read by the desk. A file stored for a comment that was then refused is forgotten
//! again ([`forget`]). Uses `documents` and the entities only.

use crate::backend::documents::listing::{self, Link};
use crate::backend::documents::{Accepted, store};
use crate::backend::entities::{comment, comment_file};
use crate::backend::{OrInternal, write_transaction};
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::{FileKind, FileView};
use crate::domain::{AppError, Role, Viewer};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, TransactionSession,
    TransactionTrait,
};
use std::collections::HashMap;

/// A file stored for a comment about to be written: its place in the store and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub file_id: i64,
    pub name: String,
}

/// Stores accepted files, each in a transaction of its own, and returns them in order.
pub async fn store_all<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    files: &[Accepted],
) -> Result<Vec<Stored>, AppError> {
    let mut stored = Vec::with_capacity(files.len());
    for file in files {
        let txn = write_transaction(db).await?;
        let file_id = store::put(&txn, file).await?;
        txn.commit().await.or_internal()?;
        stored.push(Stored {
            file_id,
            name: file.received.name.clone(),
        });
    }
    Ok(stored)
}

/// Forgets files stored for a comment that was not written (unless something else, such
/// as another comment with the same file, uses them).
pub async fn forget<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    stored: &[Stored],
) -> Result<(), AppError> {
    if stored.is_empty() {
        return Ok(());
    }
    let txn = write_transaction(db).await?;
    let ids: Vec<i64> = stored.iter().map(|s| s.file_id).collect();
    store::forget_unused(&txn, &ids).await?;
    txn.commit().await.or_internal()
}

/// The rows that attach stored files to a comment just written, positions from 1.
pub fn rows_of(comment_id: i64, stored: &[Stored]) -> Vec<comment_file::ActiveModel> {
    use sea_orm::Set;
    (1..)
        .zip(stored)
        .map(|(position, s)| comment_file::ActiveModel {
            comment_id: Set(comment_id),
            position: Set(position),
            file_id: Set(s.file_id),
            name: Set(s.name.clone()),
        })
        .collect()
}

/// Where an attachment is downloaded: by comment and position; the name at the end is only
/// for the reader's eyes (and their browser's "save as").
pub fn file_href(comment_id: i64, position: i32, name: &str) -> String {
    let name = listing::name_in_path(name);
    format!("/comments/{comment_id}/files/{position}/{name}")
}

async fn links_of(db: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<Link>, AppError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(comment_file::Entity::find()
        .filter(comment_file::Column::CommentId.is_in(ids.iter().copied()))
        .order_by_asc(comment_file::Column::CommentId)
        .order_by_asc(comment_file::Column::Position)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|r| Link {
            owner: r.comment_id,
            position: r.position,
            file_id: r.file_id,
            name: r.name,
        })
        .collect())
}

/// The attachments of these comments, by comment, in order (one statement when none has
/// any, two otherwise).
pub async fn files_of(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<FileView>>, AppError> {
    let links = links_of(db, ids).await?;
    listing::describe(db, links, file_href).await
}

/// The attachments of these comments with the start of the text read from each (`most`
/// characters), for the desk.
pub async fn files_with_texts(
    db: &impl ConnectionTrait,
    ids: &[i64],
    most: usize,
) -> Result<HashMap<i64, Vec<(FileView, Option<String>)>>, AppError> {
    let links = links_of(db, ids).await?;
    let file_of: HashMap<(i64, i32), i64> = links
        .iter()
        .map(|l| ((l.owner, l.position), l.file_id))
        .collect();
    let texts = listing::texts(db, links.iter().map(|l| l.file_id), most).await?;
    let described = listing::describe(db, links, file_href).await?;
    Ok(described
        .into_iter()
        .map(|(owner, files)| {
            let with_texts = files
                .into_iter()
                .map(|f| {
                    let text = file_of
                        .get(&(owner, f.position))
                        .and_then(|id| texts.get(id).cloned().flatten());
                    (f, text)
                })
                .collect();
            (owner, with_texts)
        })
        .collect())
}

/// An attachment to serve: to everyone once its comment is published; before that, or
/// after it was withdrawn, rejected or hidden, to its author and the secretariat only.
/// Returns its name, type, size and stored file.
pub async fn file(
    db: &impl ConnectionTrait,
    comment_id: i64,
    position: i32,
    viewer: Option<&Viewer>,
) -> Result<(String, FileKind, i64, i64), AppError> {
    let model = comment::Entity::find_by_id(comment_id)
        .one(db)
        .await
        .or_internal()?
        .filter(|m| {
            m.status == CommentStatus::Published
                || viewer.is_some_and(|v| v.id == m.author_id || v.role.includes(Role::Secretariat))
        })
        .ok_or(AppError::NotFound)?;
    let row = comment_file::Entity::find_by_id((model.id, position))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let (kind, size) = listing::served(db, row.file_id).await?;
    Ok((row.name, kind, size, row.file_id))
}

/// The files sent with a comment form, checked: those accepted, in order, and a problem
/// for each refused one (and one if there were too many).
#[derive(Debug, Default)]
pub struct Checked {
    pub accepted: Vec<Accepted>,
    pub problems: Vec<crate::domain::Problem>,
}

/// Checks the files sent with a comment form and reads their text (see
/// [`documents::accept`](crate::backend::documents::accept)); past the limit of files,
/// the rest are not read.
pub async fn check_all(
    files: Vec<crate::backend::documents::Received>,
    limits: crate::domain::contributions::UploadLimits,
) -> Checked {
    use crate::domain::Problem;
    use crate::domain::contributions::FileRefusal;
    let mut checked = Checked::default();
    if files.len() > limits.max_files {
        checked.problems.push(Problem::File {
            name: String::new(),
            refusal: FileRefusal::TooMany {
                max: limits.max_files,
            },
        });
    }
    for file in files.into_iter().take(limits.max_files) {
        let name = file.name.clone();
        match crate::backend::documents::accept(file, limits).await {
            Ok(accepted) => checked.accepted.push(accepted),
            Err(refusal) => checked.problems.push(Problem::File { name, refusal }),
        }
    }
    checked
}

/// Removes the files attached to an author's comments (the comments stay), and forgets
/// those nothing else uses, inside the caller's transaction (an erasure).
pub async fn erase_of_author(db: &impl ConnectionTrait, author_id: i64) -> Result<(), AppError> {
    use sea_orm::QuerySelect;
    let written: Vec<i64> = comment::Entity::find()
        .select_only()
        .column(comment::Column::Id)
        .filter(comment::Column::AuthorId.eq(author_id))
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    let mut file_ids = Vec::new();
    for part in written.chunks(10_000) {
        let links = links_of(db, part).await?;
        file_ids.extend(links.iter().map(|l| l.file_id));
        comment_file::Entity::delete_many()
            .filter(comment_file::Column::CommentId.is_in(part.iter().copied()))
            .exec(db)
            .await
            .or_internal()?;
    }
    file_ids.sort_unstable();
    file_ids.dedup();
    store::forget_unused(db, &file_ids).await
}
