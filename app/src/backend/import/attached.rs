//! The documents an import's rows attach: named in an optional `files` column (separated by
//! `;`), found in the folder beside the CSV file, checked exactly as an upload is, and
//! stored once each before any row is written. A name is only a name in that folder:
//! nothing outside it can be reached.

use super::RowProblem;
use crate::backend::attachments::{self, Stored};
use crate::backend::documents::{self, Accepted, Received};
use crate::domain::contributions::{FileRefusal, UploadLimits};
use crate::domain::user_text::excerpt;
use crate::domain::{AppError, Problem};
use sea_orm::DatabaseConnection;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// How much of an attached file's text counts towards its row's likeness to others (as
/// for a comment's attachments).
const ATTACHED_TEXT: usize = 20_000;

/// The file names of a `files` value, in order.
pub(super) fn names(value: &str) -> Vec<String> {
    value
        .split(';')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether a name names a file directly in the folder (no path, no hidden file).
fn plain_name(name: &str) -> bool {
    !name.contains(['/', '\\', '\0']) && !name.starts_with('.') && !name.contains(':')
}

fn missing(line: u64, name: &str) -> RowProblem {
    RowProblem {
        line,
        column: "files",
        problem: Problem::File {
            name: name.to_owned(),
            refusal: FileRefusal::Missing,
        },
    }
}

/// Checks every file the rows name, once each: a plain name of a file in `folder`,
/// accepted as an upload would be. Returns the accepted files by name, or the problems
/// with the first line that names each.
pub(super) async fn check(
    folder: Option<&Path>,
    named: &[(u64, String)],
    limits: UploadLimits,
) -> (HashMap<String, Accepted>, Vec<RowProblem>) {
    let mut accepted = HashMap::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (line, name) in named {
        if !seen.insert(name.as_str()) {
            continue;
        }
        let path = match folder {
            Some(folder) if plain_name(name) => folder.join(name),
            _ => {
                problems.push(missing(*line, name));
                continue;
            }
        };
        let Ok((size, sha256)) = measure(&path) else {
            problems.push(missing(*line, name));
            continue;
        };
        let received = Received {
            path,
            name: documents::safe_name(name),
            size,
            sha256,
        };
        match documents::accept(received, limits).await {
            Ok(file) => {
                accepted.insert(name.clone(), file);
            }
            Err(refusal) => problems.push(RowProblem {
                line: *line,
                column: "files",
                problem: Problem::File {
                    name: name.clone(),
                    refusal,
                },
            }),
        }
    }
    (accepted, problems)
}

/// A regular file's size and SHA-256, read a block at a time.
fn measure(path: &Path) -> std::io::Result<(u64, String)> {
    let file = std::fs::File::open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("not a file"));
    }
    let mut reader = std::io::BufReader::new(file);
    let mut hash = Sha256::new();
    let mut size = 0u64;
    let mut block = vec![0u8; 64 * 1024];
    loop {
        let read = reader.read(&mut block)?;
        if read == 0 {
            break;
        }
        size += read as u64;
        hash.update(block.get(..read).unwrap_or_default());
    }
    Ok((size, hex::encode(hash.finalize())))
}

/// A stored attachment, with the start of its text for campaign detection.
#[derive(Clone, Debug)]
pub(super) struct Attached {
    pub(super) stored: Stored,
    pub(super) text: Option<String>,
}

/// Stores the accepted files (each in a transaction of its own).
pub(super) async fn store(
    db: &DatabaseConnection,
    accepted: HashMap<String, Accepted>,
) -> Result<HashMap<String, Attached>, AppError> {
    let mut out = HashMap::with_capacity(accepted.len());
    for (name, file) in accepted {
        let stored = attachments::store_all(db, std::slice::from_ref(&file))
            .await?
            .pop()
            .ok_or_else(|| crate::backend::internal("a stored file vanished"))?;
        let text = file.text.as_deref().map(|t| excerpt(t, ATTACHED_TEXT));
        out.insert(name, Attached { stored, text });
    }
    Ok(out)
}
