//! Stored files served back: a contribution's (`GET
//! /contributions/{id}/files/{position}/{name}`) and a comment's attachments (`GET
//! /comments/{id}/files/{position}/{name}`). The name at the end is only for the reader;
//! files are found by owner and position, never by a path anyone chose.

use super::plain;
use app::backend::AppState;
use app::backend::attachments;
use app::backend::contributions::reading;
use app::backend::documents::store;
use app::backend::sessions::CurrentSession;
use app::domain::AppError;
use app::domain::contributions::FileKind;
use axum::body::Body;
use axum::extract::{Extension, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The policy a served file carries: nothing in it may run, load or be framed. A PDF is
/// shown by the browser's own viewer, which a `sandbox` would block in Chromium; PDFs
/// with scripts were refused at the door.
fn file_policy(kind: FileKind) -> &'static str {
    if kind == FileKind::Pdf {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'self'; frame-ancestors 'self'"
    } else {
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    }
}

/// `Content-Disposition` for a file: inline for PDF and text, attachment for the rest,
/// with its name in ASCII (what is not, replaced) and in full as RFC 5987 allows.
fn disposition(kind: FileKind, name: &str) -> String {
    let how = if kind.inline() {
        "inline"
    } else {
        "attachment"
    };
    let stem = std::path::Path::new(name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("document");
    let full = format!("{stem}.{}", kind.extension());
    let ascii: String = full
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_. ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = form_urlencoded::byte_serialize(full.as_bytes()).collect();
    format!(
        "{how}; filename=\"{ascii}\"; filename*=UTF-8''{}",
        encoded.replace('+', "%20")
    )
}

/// A contribution's file: to everyone once it is published, before that to its author and
/// the secretariat.
pub async fn contribution_file(
    State(state): State<AppState>,
    Path((id, position, _)): Path<(i64, i32, String)>,
    session: Option<Extension<CurrentSession>>,
) -> Response {
    let viewer = session.as_ref().map(|s| s.viewer());
    let found = reading::file(&state.db, id, position, viewer.as_ref()).await;
    stream(&state, found)
}

/// A file attached to a comment: to everyone once the comment is published, otherwise to
/// its author and the secretariat.
pub async fn comment_file(
    State(state): State<AppState>,
    Path((id, position, _)): Path<(i64, i32, String)>,
    session: Option<Extension<CurrentSession>>,
) -> Response {
    let viewer = session.as_ref().map(|s| s.viewer());
    let found = attachments::file(&state.db, id, position, viewer.as_ref()).await;
    stream(&state, found)
}

/// Streams a stored file from the store a chunk at a time, with its type, its name and the
/// policy that keeps anything in it from running.
fn stream(state: &AppState, found: Result<(String, FileKind, i64, i64), AppError>) -> Response {
    let (name, kind, size, file_id) = match found {
        Ok(found) => found,
        Err(AppError::NotFound) => return plain(StatusCode::NOT_FOUND, "No such file.\n"),
        Err(_) => {
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong; please try again.\n",
            );
        }
    };
    let db = state.db.clone();
    let chunks = futures::stream::unfold(Some(0i32), move |seq| {
        let db = db.clone();
        async move {
            let seq = seq?;
            match store::chunk(&db, file_id, seq).await {
                Ok(Some(data)) => Some((Ok(data), Some(seq + 1))),
                Ok(None) => None,
                Err(err) => Some((Err(std::io::Error::other(err.to_string())), None)),
            }
        }
    });
    // Fused: the layers around a body may poll it once more after its end.
    let mut response = Body::from_stream(futures::StreamExt::fuse(chunks)).into_response();
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name, value: &str| {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    };
    set(headers, header::CONTENT_TYPE, kind.media_type());
    set(headers, header::CONTENT_LENGTH, &size.to_string());
    set(
        headers,
        header::CONTENT_DISPOSITION,
        &disposition(kind, &name),
    );
    set(headers, header::CONTENT_SECURITY_POLICY, file_policy(kind));
    set(headers, header::CACHE_CONTROL, "private, no-store");
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_downloaded_name_is_safe_in_the_header_and_keeps_its_letters() {
        let d = disposition(FileKind::Docx, "Position \"ministère\"\r\n.exe");
        assert!(
            d.starts_with("attachment; filename=\"Position _minist_re_"),
            "{d}"
        );
        assert!(d.ends_with(".docx"), "{d}");
        assert!(!d.contains('\r') && !d.contains('\n'));
        assert!(
            d.contains("filename*=UTF-8''Position%20%22minist%C3%A8re%22"),
            "{d}"
        );
        assert!(disposition(FileKind::Pdf, "a.pdf").starts_with("inline;"));
    }
}
