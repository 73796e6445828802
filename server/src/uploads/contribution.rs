//! A contribution sent as a multipart form: `POST /consultations/{slug}/contributions`.

use super::{Scratch, plain, read_form};
use app::backend::AppState;
use app::backend::contributions::{self, Refused, Sent};
use app::backend::sessions::CurrentSession;
use app::domain::AppError;
use axum::extract::{Extension, Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

/// Takes a contribution and goes to its page, or back to the form with its problems.
pub async fn contribution(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    session: Option<Extension<CurrentSession>>,
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
    let sent = Sent {
        title: form.get("title"),
        summary: form.get("summary"),
        paper: form.get("paper"),
        paragraphs: form.get("paragraphs"),
        consent: form.get("consent"),
        token: form.get("token"),
    };
    let outcome = contributions::submit(
        &state.writes,
        &session.account,
        &slug,
        sent,
        form.files,
        state.uploads,
    )
    .await;
    drop(scratch);
    match outcome {
        Ok(id) => Redirect::to(&format!("/contributions/{id}?sent=1")).into_response(),
        Err(Refused::Problems(_)) => {
            Redirect::to(&format!("/consultations/{slug}/contribute?refused=1")).into_response()
        }
        Err(Refused::Error(AppError::NotFound)) => {
            plain(StatusCode::NOT_FOUND, "No such consultation.\n")
        }
        Err(Refused::Error(AppError::Unauthorized)) => Redirect::to("/sign-in").into_response(),
        Err(Refused::Error(_)) => plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Your contribution could not be stored; please try again.\n",
        ),
    }
}
