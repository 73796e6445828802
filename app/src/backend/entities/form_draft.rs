//! A comment form the server refused, as its author typed it: kept so that, without
//! JavaScript, the form comes back with every field as it was. One per author and form,
//! replaced by the next, pruned after a day.

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "form_drafts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    /// Which form: `comment:<consultation>/<paper>`, `reply:<id>` or `edit:<id>`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub form: String,
    /// The form's one-time token (empty for an edit, which needs none).
    pub token: String,
    /// The fields as JSON: a `CommentForm`.
    pub fields: String,
    pub saved_at: TimeDateTimeWithTimeZone,
}

impl ActiveModelBehavior for ActiveModel {}
