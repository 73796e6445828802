//! Server functions for comments: reading published ones (visitors too), submitting,
//! replying, and the author's own list, edits and withdrawal.
#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per form field"
)]

use crate::domain::AppError;
use crate::domain::comment::{
    CommentView, FormStart, MyComment, PaperComments, SearchPage, TagView,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use {
    super::guard::{
        client_address, current_user, require_author, require_user, respond, state, throttle,
    },
    crate::backend::comments::{self, Opened, forms},
    crate::backend::form_tokens::{FormOf, FormToken},
    crate::backend::submission::prepare::Target,
    crate::backend::throttle::Action,
    crate::domain::comment::{CommentFilter, CommentForm},
    sea_orm::DatabaseConnection,
};

/// One page of the author's comments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCommentsPage {
    pub comments: Vec<MyComment>,
    pub next_before: Option<i64>,
}

/// What `act` answers for the signed-in person, given the database and their account id;
/// Unauthorized for a visitor. Answers as [`respond`] does.
#[cfg(feature = "ssr")]
async fn as_user<T, F>(act: impl FnOnce(DatabaseConnection, i64) -> F) -> Result<T, AppError>
where
    F: std::future::Future<Output = Result<T, AppError>>,
{
    respond(
        async {
            let viewer = require_user()?;
            act(state()?.db, viewer.id).await
        }
        .await,
    )
}

/// The comment form's fields as the new-comment and edit forms send them.
#[cfg(feature = "ssr")]
fn comment_form(
    paragraph: String,
    quote: String,
    body: String,
    tags: Vec<String>,
    consent: String,
    language: String,
) -> CommentForm {
    CommentForm {
        paragraph,
        quote,
        body,
        tags,
        consent,
        language,
    }
}

/// The published comments of a paper: counts per paragraph and the opened paragraph's
/// comments. `p` is a paragraph number, `whole`, or empty.
#[server(endpoint = "paper_comments")]
pub async fn load_paper_comments(
    slug: String,
    code: String,
    p: String,
    group: String,
    region: String,
    tag: String,
    language: Option<String>,
    after: Option<i64>,
) -> Result<PaperComments, AppError> {
    respond(
        async {
            let state = state()?;
            let language = language.unwrap_or_default();
            let filter = CommentFilter::from_query(&group, &region, &tag, &language);
            let opened = Opened::from_query(&p);
            // The same for every reader (nothing here depends on who reads): read once a
            // second, whoever asks.
            let key = format!("paper_comments {slug:?} {code:?} {opened:?} {filter:?} {after:?}");
            let read = comments::paper_comments(&state.db, &slug, &code, &opened, &filter, after);
            state.fresh.read(key, read).await
        }
        .await,
    )
}

/// A published comment, for the reply form.
#[server(endpoint = "published_comment")]
pub async fn published_comment(id: i64) -> Result<CommentView, AppError> {
    respond(async { comments::published(&state()?.db, id).await }.await)
}

#[server(endpoint = "comment_tags")]
pub async fn comment_tags() -> Result<Vec<TagView>, AppError> {
    respond(async { comments::public_tags(&state()?.db).await }.await)
}

/// Full-text search over published comments.
#[server(endpoint = "search_comments")]
pub async fn search_comments(
    q: String,
    group: String,
    region: String,
    tag: String,
    language: Option<String>,
    before: Option<i64>,
) -> Result<SearchPage, AppError> {
    respond(
        async {
            let language = language.unwrap_or_default();
            let filter = CommentFilter::from_query(&group, &region, &tag, &language);
            let db = &state()?.db;
            let mut page = comments::search(db, &q, &filter, before).await?;
            // Contributions hold a consultation's longest texts: they come first, on the
            // first page, whatever the comment filter.
            if before.is_none() {
                page.contributions = crate::backend::contributions::reading::search(db, &q).await?;
            }
            Ok(page)
        }
        .await,
    )
}

/// How the comment form starts for the signed-in person (nothing for a visitor): its
/// one-time token and, right after the server refused it, what they had sent.
#[server(endpoint = "comment_form_start")]
pub async fn comment_form_start(
    slug: String,
    code: String,
    reply_to: Option<i64>,
    after_refusal: bool,
) -> Result<FormStart, AppError> {
    respond(
        async {
            let Some(viewer) = current_user() else {
                return Ok(FormStart::default());
            };
            let form = FormOf::Comment {
                slug: &slug,
                code: &code,
                reply_to,
            };
            let state = state()?;
            let start = forms::start(&state.db, viewer.id, form, after_refusal).await?;
            Ok(FormStart {
                limits: state.uploads,
                ..start
            })
        }
        .await,
    )
}

/// What the author had sent in the edit form of this comment, right after the server
/// refused it.
#[server(endpoint = "edit_form_start")]
pub async fn edit_form_start(id: i64, after_refusal: bool) -> Result<FormStart, AppError> {
    as_user(
        |db, user| async move { forms::start(&db, user, FormOf::Edit(id), after_refusal).await },
    )
    .await
}

/// A stakeholder submits a comment (or a reply); it waits for moderation and its author
/// goes to the receipt. A second post with the same `form_token` goes to the first one's.
#[server(endpoint = "submit_comment")]
pub async fn submit_comment(
    slug: String,
    code: String,
    #[server(default)] paragraph: String,
    #[server(default)] quote: String,
    body: String,
    #[server(default)] tags: Vec<String>,
    #[server(default)] consent: String,
    #[server(default)] language: String,
    reply_to: Option<i64>,
    #[server(default)] form_token: String,
) -> Result<MyComment, AppError> {
    respond(
        async {
            let author = require_author()?;
            throttle(Action::CommentBy, &author.id.to_string())?;
            throttle(Action::CommentFrom, &client_address())?;
            let form = comment_form(paragraph, quote, body, tags, consent, language);
            let target = Target {
                slug: &slug,
                code: &code,
                reply_to,
            };
            let state = state()?;
            let token = FormToken::parse(&form_token);
            let receipt = forms::submit(
                &state.db,
                &state.writer,
                &author,
                target,
                &form,
                token,
                Default::default(),
            )
            .await?;
            leptos_axum::redirect(&format!("/my/comments/{}?received=1", receipt.id));
            Ok(receipt)
        }
        .await,
    )
}

#[server(endpoint = "my_comments")]
pub async fn load_my_comments(before: Option<i64>) -> Result<MyCommentsPage, AppError> {
    as_user(|db, user| async move {
        let (comments, next_before) = comments::my_comments(&db, user, before).await?;
        Ok(MyCommentsPage {
            comments,
            next_before,
        })
    })
    .await
}

#[server(endpoint = "my_comment")]
pub async fn load_my_comment(id: i64) -> Result<MyComment, AppError> {
    as_user(|db, user| async move { comments::mine(&db, user, id).await }).await
}

#[server(endpoint = "edit_comment")]
pub async fn edit_comment(
    id: i64,
    #[server(default)] paragraph: String,
    #[server(default)] quote: String,
    body: String,
    #[server(default)] tags: Vec<String>,
    #[server(default)] consent: String,
    #[server(default)] language: String,
) -> Result<MyComment, AppError> {
    as_user(|db, user| async move {
        let form = comment_form(paragraph, quote, body, tags, consent, language);
        let comment = forms::save_edit(&db, user, id, &form).await?;
        leptos_axum::redirect(&format!("/my/comments/{id}?saved=1"));
        Ok(comment)
    })
    .await
}

#[server(endpoint = "withdraw_comment")]
pub async fn withdraw_comment(id: i64) -> Result<MyComment, AppError> {
    as_user(|db, user| async move {
        let comment = comments::withdraw(&db, user, id).await?;
        leptos_axum::redirect(&format!("/my/comments/{id}?withdrawn=1"));
        Ok(comment)
    })
    .await
}
