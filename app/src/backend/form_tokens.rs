//! One submission per intent, and forms that come back as they were typed.
//!
//! Every new-comment form carries a one-time [`FormToken`]: the comment written with it
//! keeps it, so that a second post of the same form (a double tap on a slow link, a
//! browser that resends) finds that comment instead of making another. A form the server
//! refuses is kept as its author's draft of that form, so that without JavaScript, where
//! the browser loads the form again, every field comes back as typed or chosen. A leaf: it
//! uses only the entities.

use super::entities::{comment, form_draft};
use super::{OrInternal, now};
use crate::domain::AppError;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use serde::Serialize;
use serde::de::DeserializeOwned;
use time::Duration;

/// How long a refused form is kept for its author.
const DRAFT_KEPT: Duration = Duration::days(1);

/// A form's one-time token: 128 random bits, in URL-safe Base64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormToken(String);

impl FormToken {
    /// A new token, for a form about to be shown.
    pub fn new() -> Self {
        Self(URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>()))
    }

    /// The token a form sent, if it looks like one. Anything else (an empty field from a
    /// script, a value made up by hand) is no token: the post is then written as it comes.
    pub fn parse(sent: &str) -> Option<Self> {
        let plausible = (16..=64).contains(&sent.len())
            && sent
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        plausible.then(|| Self(sent.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for FormToken {
    fn default() -> Self {
        Self::new()
    }
}

/// Which form a draft belongs to.
#[derive(Clone, Copy, Debug)]
pub enum FormOf<'a> {
    /// The secretariat's form of a paper (`code` is `new` for a paper not yet saved).
    Paper { slug: &'a str, code: &'a str },
    /// A new comment on a paper (`reply_to` set for a reply).
    Comment {
        slug: &'a str,
        code: &'a str,
        reply_to: Option<i64>,
    },
    /// The edit form of one of the author's comments.
    Edit(i64),
    /// A contribution to a consultation.
    Contribution { slug: &'a str },
    /// The secretariat's translation of a paper into a language.
    Translation {
        slug: &'a str,
        code: &'a str,
        language: &'a str,
    },
}

impl FormOf<'_> {
    fn key(self) -> String {
        match self {
            Self::Comment {
                reply_to: Some(id), ..
            } => format!("reply:{id}"),
            Self::Comment { slug, code, .. } => format!("comment:{slug}/{code}"),
            Self::Edit(id) => format!("edit:{id}"),
            Self::Paper { slug, code } => format!("paper:{slug}/{code}"),
            Self::Contribution { slug } => format!("contribution:{slug}"),
            Self::Translation {
                slug,
                code,
                language,
            } => format!("translation:{slug}/{code}/{language}"),
        }
    }
}

/// The comment this author already wrote with this token, if any.
pub async fn written_with(
    db: &impl ConnectionTrait,
    author_id: i64,
    token: &FormToken,
) -> Result<Option<i64>, AppError> {
    comment::Entity::find()
        .select_only()
        .column(comment::Column::Id)
        .filter(comment::Column::AuthorId.eq(author_id))
        .filter(comment::Column::FormToken.eq(token.as_str()))
        .into_tuple::<i64>()
        .one(db)
        .await
        .or_internal()
}

/// Keeps a refused form as its author's draft of that form, in place of the one before;
/// drafts older than a day go at the same time.
pub async fn save_draft(
    db: &impl ConnectionTrait,
    user_id: i64,
    form: FormOf<'_>,
    token: Option<&FormToken>,
    fields: &impl Serialize,
) -> Result<(), AppError> {
    let at = now();
    form_draft::Entity::delete_many()
        .filter(form_draft::Column::SavedAt.lt(at - DRAFT_KEPT))
        .exec(db)
        .await
        .or_internal()?;
    let draft = form_draft::ActiveModel {
        user_id: Set(user_id),
        form: Set(form.key()),
        token: Set(token.map(|t| t.as_str().to_owned()).unwrap_or_default()),
        fields: Set(serde_json::to_string(fields).or_internal()?),
        saved_at: Set(at),
    };
    form_draft::Entity::insert(draft)
        .on_conflict(
            OnConflict::columns([form_draft::Column::UserId, form_draft::Column::Form])
                .update_columns([
                    form_draft::Column::Token,
                    form_draft::Column::Fields,
                    form_draft::Column::SavedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .or_internal()?;
    Ok(())
}

/// The author's last refused version of this form, if it is less than a day old, with its
/// token (`None` for a form without one).
pub async fn draft<T: DeserializeOwned>(
    db: &impl ConnectionTrait,
    user_id: i64,
    form: FormOf<'_>,
) -> Result<Option<(Option<FormToken>, T)>, AppError> {
    let found = form_draft::Entity::find_by_id((user_id, form.key()))
        .filter(form_draft::Column::SavedAt.gte(now() - DRAFT_KEPT))
        .one(db)
        .await
        .or_internal()?;
    Ok(found.and_then(|d| {
        let fields = serde_json::from_str(&d.fields).ok()?;
        Some((FormToken::parse(&d.token), fields))
    }))
}

/// Forgets the author's draft of this form (once the form has been saved).
pub async fn discard_draft(
    db: &impl ConnectionTrait,
    user_id: i64,
    form: FormOf<'_>,
) -> Result<(), AppError> {
    form_draft::Entity::delete_by_id((user_id, form.key()))
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_token_is_one_a_form_can_send_back_and_made_up_values_are_not() {
        let token = FormToken::new();
        assert_eq!(FormToken::parse(token.as_str()), Some(token.clone()));
        assert_ne!(FormToken::new(), token);
        for sent in [
            "",
            "short",
            "not a token at all, with spaces",
            &"a".repeat(65),
        ] {
            assert_eq!(FormToken::parse(sent), None, "{sent}");
        }
    }
}
