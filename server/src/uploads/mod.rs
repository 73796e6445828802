//! Documents over plain HTTP, as multipart forms that work with or without JavaScript: a
//! [`contribution`] (`POST /consultations/{slug}/contributions`), a [`comment`] with its
//! attachments (`POST /consultations/{slug}/papers/{code}/comments`), and the files
//! [`serve`]d back.
//!
//! An upload streams to a scratch folder while it is hashed and measured: memory holds a
//! chunk at a time whatever the file's size, and a file past the limit stops being written
//! at the limit. The folder is removed when the request ends, stored or not.

pub mod comment;
pub mod contribution;
pub mod serve;

use app::backend::AppState;
use app::backend::documents::{Received, safe_name};
use axum::extract::Multipart;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use tokio::io::AsyncWriteExt;

/// The most a text field of the form may hold (the summary is the longest).
const MAX_FIELD: usize = 64 * 1024;

/// Whether a request sends files: a POST to one of the routes of this module (which
/// `protect` lets carry more than the usual body).
pub fn takes_files(method: &axum::http::Method, path: &str) -> bool {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    method == axum::http::Method::POST
        && matches!(
            segments.as_slice(),
            ["consultations", _, "contributions"] | ["consultations", _, "papers", _, "comments"]
        )
}

/// A scratch folder for one request's files, removed when it goes out of scope.
struct Scratch(PathBuf);

impl Scratch {
    /// A new scratch folder, or the answer to give when none can be made.
    fn new() -> Result<Self, Box<Response>> {
        let name = format!("consult-upload-{}", hex::encode(rand::random::<[u8; 12]>()));
        let path = std::env::temp_dir().join(name);
        match std::fs::create_dir(&path) {
            Ok(()) => Ok(Self(path)),
            Err(err) => {
                tracing::error!(%err, "cannot make an upload's scratch folder");
                Err(Box::new(unavailable()))
            }
        }
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

fn unavailable() -> Response {
    plain(
        StatusCode::SERVICE_UNAVAILABLE,
        "Files cannot be received just now; please try again later.\n",
    )
}

/// A multipart form as it was read: its text fields in order, and its files on disk.
struct Form {
    fields: Vec<(String, String)>,
    files: Vec<Received>,
}

impl Form {
    /// The first value of a field, or empty.
    fn get(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every value of a field (checkboxes).
    fn all(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// The form's text fields and its files (the parts named `files`), each file written to
/// `scratch`. Past the number of files allowed, files are counted but not kept.
async fn read_form(
    mut multipart: Multipart,
    scratch: &Scratch,
    state: &AppState,
) -> Result<Form, Response> {
    let too_large = || plain(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.\n");
    let unreadable = || plain(StatusCode::BAD_REQUEST, "The form could not be read.\n");
    let mut form = Form {
        fields: Vec::new(),
        files: Vec::new(),
    };
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
            let path = scratch.0.join(form.files.len().to_string());
            // Files past the limit are counted, not kept: the sender is told there were too
            // many.
            let keep = form.files.len() < state.uploads.max_files;
            let (size, sha256) = match save(field, &path, keep, state.uploads.max_file).await {
                Ok(saved) => saved,
                Err(SaveError::TooLarge) => return Err(too_large()),
                Err(SaveError::Unreadable) => return Err(unreadable()),
                Err(SaveError::Disk(err)) => {
                    tracing::error!(%err, "cannot write an upload to its scratch folder");
                    return Err(unavailable());
                }
            };
            // A file input left empty still sends a part, with no name and no bytes.
            if file_name.is_empty() && size == 0 {
                continue;
            }
            form.files.push(Received {
                path,
                name: safe_name(&file_name),
                size,
                sha256,
            });
        } else {
            let value = text_field(field).await.map_err(|()| unreadable())?;
            form.fields.push((name, value));
        }
    }
    Ok(form)
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
