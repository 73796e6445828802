//! Stored files as pages list them: each linked to what carries it (a contribution, a
//! comment) under the name it was sent with, described without its content; what the
//! server needs to serve one; and the text the desk and digests read.

use crate::backend::OrInternal;
use crate::backend::entities::stored_file;
use crate::domain::AppError;
use crate::domain::contributions::{FileKind, FileView};
use crate::domain::user_text::excerpt;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// A file's name as the last segment of its address: percent-encoded (a space as `%20`,
/// not the `+` of a form, which a path keeps as a plus).
pub fn name_in_path(name: &str) -> String {
    form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// A stored file as something carries it: its owner (a contribution's or a comment's id),
/// its position there (from 1) and the name it was sent with.
#[derive(Clone, Debug)]
pub struct Link {
    pub owner: i64,
    pub position: i32,
    pub file_id: i64,
    pub name: String,
}

/// The files of each owner, in the order of `links`, described (type, size, pages, whether
/// text was read) without their content; `href` makes each one's address.
pub async fn describe(
    db: &impl ConnectionTrait,
    links: Vec<Link>,
    href: impl Fn(i64, i32, &str) -> String,
) -> Result<HashMap<i64, Vec<FileView>>, AppError> {
    if links.is_empty() {
        return Ok(HashMap::new());
    }
    let stored: HashMap<i64, (FileKind, i64, Option<i32>, bool)> = stored_file::Entity::find()
        .select_only()
        .column(stored_file::Column::Id)
        .column(stored_file::Column::Kind)
        .column(stored_file::Column::Size)
        .column(stored_file::Column::Pages)
        .column_as(
            Expr::col(stored_file::Column::Text).is_not_null(),
            "has_text",
        )
        .filter(stored_file::Column::Id.is_in(links.iter().map(|l| l.file_id)))
        .into_tuple::<(i64, FileKind, i64, Option<i32>, bool)>()
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|(id, kind, size, pages, text)| (id, (kind, size, pages, text)))
        .collect();
    let mut out: HashMap<i64, Vec<FileView>> = HashMap::new();
    for link in links {
        let Some(&(kind, size, pages, text_extracted)) = stored.get(&link.file_id) else {
            continue;
        };
        out.entry(link.owner).or_default().push(FileView {
            position: link.position,
            href: href(link.owner, link.position, &link.name),
            name: link.name,
            kind,
            size,
            pages,
            text_extracted,
        });
    }
    Ok(out)
}

/// The type and size of a stored file, to serve it.
pub async fn served(db: &impl ConnectionTrait, file_id: i64) -> Result<(FileKind, i64), AppError> {
    stored_file::Entity::find_by_id(file_id)
        .select_only()
        .column(stored_file::Column::Kind)
        .column(stored_file::Column::Size)
        .into_tuple::<(FileKind, i64)>()
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)
}

/// The text read from each of these files, cut to `most` characters (`None` for a file
/// whose text could not be read).
pub async fn texts(
    db: &impl ConnectionTrait,
    file_ids: impl IntoIterator<Item = i64>,
    most: usize,
) -> Result<HashMap<i64, Option<String>>, AppError> {
    let ids: Vec<i64> = file_ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    // One character more than is shown, so that a cut text says so; SUBSTR counts
    // characters on both engines, and a document's text may run to megabytes.
    let head: Expr = Func::cust("SUBSTR")
        .arg(Expr::col((stored_file::Entity, stored_file::Column::Text)))
        .arg(1)
        .arg(i32::try_from(most + 1).unwrap_or(i32::MAX))
        .into();
    Ok(stored_file::Entity::find()
        .select_only()
        .column(stored_file::Column::Id)
        .column_as(head, "head")
        .filter(stored_file::Column::Id.is_in(ids))
        .into_tuple::<(i64, Option<String>)>()
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|(id, text)| (id, text.map(|t| excerpt(&t, most))))
        .collect())
}
