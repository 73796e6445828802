//! The file store: the one narrow interface through which contributions and the files
//! attached to comments are kept and read ([`put`], [`chunk`], [`forget_unused`]). Files
//! live in the database, in chunks of [`CHUNK`] bytes, so both engines, several server
//! processes and the backup hold them with nothing else to keep in step. A deployment that outgrows this would
//! change this module alone: docs/OPERATIONS.md says how to move files to an
//! S3-compatible store.

use super::Accepted;
use crate::backend::entities::{comment_file, contribution_file, file_chunk, stored_file};
use crate::backend::{OrInternal, insert_if_absent, now};
use crate::domain::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use tokio::io::AsyncReadExt;

/// Bytes per chunk: small enough that reading or writing one is a short statement on
/// either engine, large enough that a 20 MB file is 80 rows.
pub const CHUNK: usize = 256 * 1024;

/// Keeps an accepted file once per content and returns its id: the same file sent twice,
/// by anyone, is stored once. Call it inside the transaction that records what refers to
/// it; memory holds one chunk at a time, whatever the file's size.
pub async fn put(db: &impl ConnectionTrait, file: &Accepted) -> Result<i64, AppError> {
    let row = stored_file::ActiveModel {
        sha256: Set(file.received.sha256.clone()),
        size: Set(i64::try_from(file.received.size).or_internal()?),
        kind: Set(file.kind),
        pages: Set(file.pages.and_then(|p| i32::try_from(p).ok())),
        text: Set(file.text.clone()),
        created_at: Set(now()),
        ..Default::default()
    };
    let inserted = insert_if_absent(db, row, stored_file::Column::Sha256).await?;
    let id = id_of(db, &file.received.sha256)
        .await?
        .ok_or("a stored file vanished while it was stored")
        .or_internal()?;
    if inserted {
        let mut source = tokio::fs::File::open(&file.received.path)
            .await
            .or_internal()?;
        let mut seq = 0i32;
        loop {
            let mut data = vec![0u8; CHUNK];
            let mut filled = 0;
            while filled < CHUNK {
                let read = source
                    .read(data.get_mut(filled..).unwrap_or_default())
                    .await
                    .or_internal()?;
                if read == 0 {
                    break;
                }
                filled += read;
            }
            if filled == 0 {
                break;
            }
            data.truncate(filled);
            file_chunk::Entity::insert(file_chunk::ActiveModel {
                file_id: Set(id),
                seq: Set(seq),
                data: Set(data),
            })
            .exec_without_returning(db)
            .await
            .or_internal()?;
            seq += 1;
        }
    }
    Ok(id)
}

async fn id_of(db: &impl ConnectionTrait, sha256: &str) -> Result<Option<i64>, AppError> {
    stored_file::Entity::find()
        .select_only()
        .column(stored_file::Column::Id)
        .filter(stored_file::Column::Sha256.eq(sha256))
        .into_tuple::<i64>()
        .one(db)
        .await
        .or_internal()
}

/// Chunk `seq` of a file's content; `None` past its end.
pub async fn chunk(
    db: &impl ConnectionTrait,
    file_id: i64,
    seq: i32,
) -> Result<Option<Vec<u8>>, AppError> {
    file_chunk::Entity::find()
        .select_only()
        .column(file_chunk::Column::Data)
        .filter(file_chunk::Column::FileId.eq(file_id))
        .filter(file_chunk::Column::Seq.eq(seq))
        .into_tuple::<Vec<u8>>()
        .one(db)
        .await
        .or_internal()
}

/// Deletes those of `file_ids` that nothing refers to any more (after an erasure), with
/// their content.
pub async fn forget_unused(db: &impl ConnectionTrait, file_ids: &[i64]) -> Result<(), AppError> {
    for &id in file_ids {
        let used = contribution_file::Entity::find()
            .filter(contribution_file::Column::FileId.eq(id))
            .one(db)
            .await
            .or_internal()?
            .is_some()
            || comment_file::Entity::find()
                .filter(comment_file::Column::FileId.eq(id))
                .one(db)
                .await
                .or_internal()?
                .is_some();
        if !used {
            file_chunk::Entity::delete_many()
                .filter(file_chunk::Column::FileId.eq(id))
                .exec(db)
                .await
                .or_internal()?;
            stored_file::Entity::delete_by_id(id)
                .exec(db)
                .await
                .or_internal()?;
        }
    }
    Ok(())
}
