//! Documents over plain HTTP: a contribution sent as a multipart form (`POST
//! /consultations/{slug}/contributions`, with or without JavaScript), and its files served
//! back (`GET /contributions/{id}/files/{position}/{name}`).
//!
//! An upload streams to a scratch folder while it is hashed and measured: memory holds a
//! chunk at a time whatever the file's size, and a file past the limit stops being written
//! at the limit. The folder is removed when the request ends, stored or not.

use app::backend::AppState;
use app::backend::contributions::{self, Refused, Sent, reading};
use app::backend::documents::{Received, safe_name, store};
use app::backend::sessions::CurrentSession;
use app::domain::AppError;
use app::domain::contributions::FileKind;
use axum::body::Body;
use axum::extract::{Extension, Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use tokio::io::AsyncWriteExt;

/// The most a text field of the form may hold (the summary is the longest).
const MAX_FIELD: usize = 64 * 1024;

/// A scratch folder for one request's files, removed when it goes out of scope.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> std::io::Result<Self> {
        let name = format!("consult-upload-{}", hex::encode(rand::random::<[u8; 12]>()));
        let path = std::env::temp_dir().join(name);
        std::fs::create_dir(&path)?;
        Ok(Self(path))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Err(err) = std::fs::remove_dir_all(&self.0) {
            tracing::warn!(%err, path = %self.0.display(), "could not remove an upload's scratch folder");
        }
    }
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (status, text).into_response()
}

/// A contribution sent as a multipart form.
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
        Err(err) => {
            tracing::error!(%err, "cannot make an upload's scratch folder");
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "Files cannot be received just now; please try again later.\n",
            );
        }
    };
    let (sent, files) = match read_form(multipart, &scratch, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let outcome = contributions::submit(
        &state.writes,
        &session.account,
        &slug,
        sent,
        files,
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

/// The form's text fields and its files, each file written to `scratch`.
async fn read_form(
    mut multipart: Multipart,
    scratch: &Scratch,
    state: &AppState,
) -> Result<(Sent, Vec<Received>), Response> {
    let too_large = || plain(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.\n");
    let unreadable = || plain(StatusCode::BAD_REQUEST, "The form could not be read.\n");
    let mut sent = Sent::default();
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
            Err(_) => return Err(unreadable()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "files" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            // A file input left empty still sends a part, with no name and no bytes.
            let path = scratch.0.join(files.len().to_string());
            let keep = files.len() < state.uploads.max_files;
            let (size, sha256) = match save(field, &path, keep, state.uploads.max_file).await {
                Ok(saved) => saved,
                Err(SaveError::TooLarge) => return Err(too_large()),
                Err(SaveError::Unreadable) => return Err(unreadable()),
                Err(SaveError::Disk(err)) => {
                    tracing::error!(%err, "cannot write an upload to its scratch folder");
                    return Err(plain(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "Files cannot be received just now; please try again later.\n",
                    ));
                }
            };
            if file_name.is_empty() && size == 0 {
                continue;
            }
            files.push(Received {
                path,
                name: safe_name(&file_name),
                size,
                sha256,
            });
        } else {
            let value = text_field(field).await.map_err(|()| unreadable())?;
            match name.as_str() {
                "title" => sent.title = value,
                "summary" => sent.summary = value,
                "paper" => sent.paper = value,
                "consent" => sent.consent = value,
                "token" => sent.token = value,
                _ => {}
            }
        }
    }
    Ok((sent, files))
}

async fn text_field(mut field: axum::extract::multipart::Field<'_>) -> Result<String, ()> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|_| ())? {
        if bytes.len() + chunk.len() > MAX_FIELD {
            return Err(());
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes).map_err(|_| ())
}

enum SaveError {
    TooLarge,
    Unreadable,
    Disk(std::io::Error),
}

/// Streams a file part to `path` (when `keep`), hashing it, and returns its size and
/// SHA-256. Past `max` bytes nothing more is written, but the part is still counted to its
/// end so that its sender is told how large it was.
async fn save(
    mut field: axum::extract::multipart::Field<'_>,
    path: &std::path::Path,
    keep: bool,
    max: u64,
) -> Result<(u64, String), SaveError> {
    let mut out = tokio::fs::File::create(path)
        .await
        .map_err(SaveError::Disk)?;
    let mut hash = Sha256::new();
    let mut size = 0u64;
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(SaveError::TooLarge);
            }
            Err(_) => return Err(SaveError::Unreadable),
        };
        size += chunk.len() as u64;
        if keep && size <= max {
            hash.update(&chunk);
            out.write_all(&chunk).await.map_err(SaveError::Disk)?;
        }
    }
    out.flush().await.map_err(SaveError::Disk)?;
    Ok((size, hex::encode(hash.finalize())))
}

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
/// the secretariat; streamed from the store a chunk at a time.
pub async fn file(
    State(state): State<AppState>,
    Path(path): Path<(i64, i32, String)>,
    session: Option<Extension<CurrentSession>>,
) -> Response {
    let (id, position, _) = path;
    let viewer = session.as_ref().map(|s| s.viewer());
    let (name, kind, size, file_id) =
        match reading::file(&state.db, id, position, viewer.as_ref()).await {
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
