//! A comment sent as a multipart form, with the documents attached to it: `POST
//! /consultations/{slug}/papers/{code}/comments`. The comment form posts here when the
//! browser runs no script or files are chosen (otherwise its script calls the
//! `submit_comment` server function, which takes no files). What is written, and how a
//! refusal comes back, is the same either way: the receipt, or the form with its problems
//! and the fields as typed (the files must be chosen again: a browser cannot be given them).

use super::{Scratch, plain, read_form};
use app::api::comments::SubmitComment;
use app::backend::AppState;
use app::backend::attachments;
use app::backend::comments::forms;
use app::backend::form_tokens::FormToken;
use app::backend::sessions::CurrentSession;
use app::backend::submission::prepare::Target;
use app::backend::throttle::Action;
use app::domain::AppError;
use app::domain::comment::CommentForm;
use axum::extract::{ConnectInfo, Extension, Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::server_fn::ServerFn;
use leptos::server_fn::error::ServerFnUrlError;
use std::net::SocketAddr;

/// Takes a comment and its files and goes to its receipt, or back to the form.
pub async fn comment(
    State(state): State<AppState>,
    Path((slug, code)): Path<(String, String)>,
    session: Option<Extension<CurrentSession>>,
    client: Option<Extension<ConnectInfo<SocketAddr>>>,
    multipart: Multipart,
) -> Response {
    let Some(Extension(session)) = session else {
        return Redirect::to("/sign-in").into_response();
    };
    let scratch = match Scratch::new() {
        Ok(s) => s,
        Err(response) => return *response,
    };
    let form = match read_form(multipart, &scratch, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let reply_to = form.get("reply_to").parse::<i64>().ok();
    let token = FormToken::parse(&form.get("form_token"));
    let fields = CommentForm {
        paragraph: form.get("paragraph"),
        quote: form.get("quote"),
        body: form.get("body"),
        // The checkboxes are named `tags[]` (as the server function reads them).
        tags: [form.all("tags[]"), form.all("tags")].concat(),
        consent: form.get("consent"),
        language: form.get("language"),
    };
    let back = match reply_to {
        Some(id) => format!("/consultations/{slug}/papers/{code}/comment?reply_to={id}"),
        None => {
            let p: String = form_urlencoded::byte_serialize(fields.paragraph.as_bytes()).collect();
            format!("/consultations/{slug}/papers/{code}/comment?p={p}")
        }
    };
    let address = client.map_or_else(|| "unknown".to_owned(), |c| c.0.0.ip().to_string());
    let author = &session.account;
    let throttled = state
        .throttle
        .check(Action::CommentBy, &author.id.to_string())
        .and_then(|()| state.throttle.check(Action::CommentFrom, &address));
    let outcome = match throttled {
        Err(err) => Err(err),
        Ok(()) => {
            let checked = attachments::check_all(form.files, state.uploads).await;
            let target = Target {
                slug: &slug,
                code: &code,
                reply_to,
            };
            forms::submit(
                &state.writes,
                &state.writer,
                author,
                target,
                &fields,
                token,
                checked,
            )
            .await
        }
    };
    drop(scratch);
    match outcome {
        Ok(receipt) => {
            Redirect::to(&format!("/my/comments/{}?received=1", receipt.id)).into_response()
        }
        Err(AppError::NotFound) => plain(StatusCode::NOT_FOUND, "No such paper.\n"),
        Err(AppError::Unauthorized) => Redirect::to("/sign-in").into_response(),
        Err(err) => back_with(&back, err),
    }
}

/// Back to the form with the error in the URL, as Leptos puts a server function's error
/// after a post without JavaScript: the page shows it through the form's action.
fn back_with(back: &str, err: AppError) -> Response {
    match ServerFnUrlError::new(SubmitComment::PATH, err).to_url(&format!("http://consult{back}")) {
        Ok(url) => {
            let location = match url.query() {
                Some(query) => format!("{}?{query}", url.path()),
                None => url.path().to_owned(),
            };
            Redirect::to(&location).into_response()
        }
        Err(_) => plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong; please try again.\n",
        ),
    }
}
