//! A document as received, checked and read: one row per distinct content (by SHA-256);
//! its bytes are in `file_chunks`.

use crate::domain::contributions::FileKind;
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stored_files")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The SHA-256 of the content, in lower-case hex.
    pub sha256: String,
    pub size: i64,
    pub kind: FileKind,
    /// Pages, for a PDF.
    pub pages: Option<i32>,
    /// The text read from it; none when the extractor could not.
    pub text: Option<String>,
    pub created_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
