//! Notices turned off from a message (`/notices/off?token=…`): a POST turns every notice of
//! the account off, as a mail program does in one click (`List-Unsubscribe-Post`, RFC
//! 8058); a GET, which a mail scanner may make on its own, only shows the button that posts.
//! The link's token is its authority: no session, and no cross-site check, since the mail
//! program posting it is not the site.

use app::backend::AppState;
use app::backend::accounts::recovery;
use app::domain::AppError;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

#[derive(serde::Deserialize)]
pub struct Link {
    #[serde(default)]
    token: String,
}

fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Notices</title></head><body style=\"font-family: sans-serif; max-width: 36em; margin: 2em auto; padding: 0 1em\">{body}</body></html>"
    )
}

/// The button that turns notices off (the token only ever leaves in the form's action).
pub async fn form(Query(link): Query<Link>) -> Response {
    let token: String = link
        .token
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(64)
        .collect();
    Html(page(&format!(
        "<h1>E-mail notices</h1><p>Stop the e-mail notices about your comments and the papers \
         you commented on? Receipts and messages about your account are still sent.</p>\
         <form method=\"post\" action=\"/notices/off?token={token}\">\
         <button type=\"submit\">Stop the notices</button></form>\
         <p><a href=\"/profile\">Choose on your profile instead</a></p>"
    )))
    .into_response()
}

/// Turns the notices off.
pub async fn off(State(state): State<AppState>, Query(link): Query<Link>) -> Response {
    match recovery::notices_off(&state.db, &link.token).await {
        Ok(()) => Html(page(
            "<h1>E-mail notices</h1><p role=\"status\">The notices are off. You can turn them on \
             again on your <a href=\"/profile\">profile</a>.</p>",
        ))
        .into_response(),
        Err(AppError::NotFound) => (
            StatusCode::NOT_FOUND,
            Html(page("<h1>E-mail notices</h1><p>This link has expired.</p>")),
        )
            .into_response(),
        Err(_) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong; please try again.\n",
        )
            .into_response(),
    }
}
