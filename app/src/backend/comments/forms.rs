//! The author's comment forms, as a browser sends them: a new comment is written once per
//! form token, and a form the server refuses is kept as the author's draft, to be shown
//! again (see [`form_tokens`](crate::backend::form_tokens)).

use super::own::{edit, mine};
use crate::backend::accounts::author::Author;
use crate::backend::attachments::Checked;
use crate::backend::form_tokens::{self, FormOf, FormToken};
use crate::backend::submission::{self, prepare::Target, writer::Writer};
use crate::domain::comment::{CommentForm, FormStart, MyComment, validate_comment};
use crate::domain::{AppError, Field};
use sea_orm::{ConnectionTrait, TransactionTrait};

/// How a form starts for this user: a new token, or, right after the server refused the
/// form (`after_refusal`), the fields and token of that post.
pub async fn start(
    db: &impl ConnectionTrait,
    user_id: i64,
    form: FormOf<'_>,
    after_refusal: bool,
) -> Result<FormStart, AppError> {
    let mut draft = if after_refusal {
        form_tokens::draft(db, user_id, form).await?
    } else {
        None
    };
    // A draft whose token has since made a comment is spent.
    if let Some((Some(token), _)) = &draft
        && form_tokens::written_with(db, user_id, token)
            .await?
            .is_some()
    {
        draft = None;
    }
    let (token, draft) = match draft {
        Some((token, fields)) => (token, Some(fields)),
        None => (None, None),
    };
    let token = match form {
        FormOf::Comment { .. } | FormOf::Contribution { .. } => {
            token.unwrap_or_default().as_str().to_owned()
        }
        FormOf::Edit(_) | FormOf::Paper { .. } | FormOf::Translation { .. } => String::new(),
    };
    Ok(FormStart {
        token,
        draft,
        ..FormStart::default()
    })
}

/// A stakeholder sends the comment form. A form sent again with the token of a comment
/// already written (a double tap, a resent post) gets that comment's receipt; a refused
/// form is kept as the author's draft.
pub async fn submit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    writer: &Writer,
    author: &Author,
    target: Target<'_>,
    fields: &CommentForm,
    token: Option<FormToken>,
    files: Checked,
) -> Result<MyComment, AppError> {
    if let Some(token) = &token
        && let Some(id) = form_tokens::written_with(db, author.id, token).await?
    {
        return mine(db, author.id, id).await;
    }
    let form = FormOf::Comment {
        slug: target.slug,
        code: target.code,
        reply_to: target.reply_to,
    };
    // A refused file refuses the form, with the problems of its other fields too.
    if !files.problems.is_empty() {
        let mut problems = validate_comment(fields).err().unwrap_or_default();
        for problem in files.problems {
            problems.push(Field::Files, problem);
        }
        let err = AppError::Validation(problems);
        keep_refused(db, author.id, form, token.as_ref(), fields, &err).await?;
        return Err(err);
    }
    let sent = submission::submit(
        db,
        writer,
        author,
        target,
        fields,
        token.as_ref(),
        &files.accepted,
    )
    .await;
    match sent {
        Ok(receipt) => Ok(receipt),
        Err(err) => {
            // Two posts of one form at the same moment: the database let only the first in.
            if let Some(token) = &token
                && let Some(id) = form_tokens::written_with(db, author.id, token).await?
            {
                return mine(db, author.id, id).await;
            }
            keep_refused(db, author.id, form, token.as_ref(), fields, &err).await?;
            Err(err)
        }
    }
}

/// The author sends the edit form of a pending comment; a refused form is kept as their
/// draft of it.
pub async fn save_edit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    author_id: i64,
    id: i64,
    fields: &CommentForm,
) -> Result<MyComment, AppError> {
    match edit(db, author_id, id, fields).await {
        Ok(saved) => Ok(saved),
        Err(err) => {
            keep_refused(db, author_id, FormOf::Edit(id), None, fields, &err).await?;
            Err(err)
        }
    }
}

/// Keeps a form refused for what was typed in it (not one refused for its sender or its
/// target: those show no form to fill in again).
async fn keep_refused(
    db: &impl ConnectionTrait,
    user_id: i64,
    form: FormOf<'_>,
    token: Option<&FormToken>,
    fields: &CommentForm,
    err: &AppError,
) -> Result<(), AppError> {
    if err.field_problems().is_some() {
        form_tokens::save_draft(db, user_id, form, token, fields).await?;
    }
    Ok(())
}
