//! Documents at the door and in the store: what a stakeholder uploads is checked from its
//! content ([`check`]), read for its text ([`extract`]) and kept in the database
//! ([`store`]). A leaf: it uses only the entities.
//!
//! Checking and reading parse untrusted files, so they run on a blocking thread, with a
//! time limit, and a parser that panics or stalls costs that one file its text, never the
//! server.

pub mod check;
pub mod extract;
pub mod listing;
pub mod store;

use crate::domain::contributions::{FileKind, FileRefusal, UploadLimits};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long reading a file's text may take before it is kept as "text not extracted".
pub const EXTRACTION_TIME: Duration = Duration::from_secs(20);

/// A file received whole on disk, with what was measured while it streamed in.
#[derive(Clone, Debug)]
pub struct Received {
    pub path: PathBuf,
    /// The name its sender gave it, made safe ([`safe_name`]).
    pub name: String,
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
}

/// A received file that passed the checks, with the text read from it.
#[derive(Clone, Debug)]
pub struct Accepted {
    pub received: Received,
    pub kind: FileKind,
    pub pages: Option<u32>,
    pub text: Option<String>,
}

/// Checks a received file and reads its text, off the async threads. A refusal names the
/// problem; a file whose text cannot be read in time is still accepted, without text.
pub async fn accept(received: Received, limits: UploadLimits) -> Result<Accepted, FileRefusal> {
    if received.size == 0 {
        return Err(FileRefusal::Empty);
    }
    if received.size > limits.max_file {
        return Err(FileRefusal::TooLarge {
            max: limits.max_file,
        });
    }
    let path = received.path.clone();
    let name = received.name.clone();
    // A file that stalls the parser past the time limit is refused as malformed: it cannot
    // be shown to be safe.
    let checking = tokio::task::spawn_blocking(move || check::kind_of(&path, &name));
    let kind = match tokio::time::timeout(EXTRACTION_TIME, checking).await {
        Ok(Ok(checked)) => checked?,
        Ok(Err(_)) | Err(_) => return Err(FileRefusal::Malformed),
    };
    let path = received.path.clone();
    let read = tokio::task::spawn_blocking(move || extract::text_of(&path, kind));
    let (pages, text) = match tokio::time::timeout(EXTRACTION_TIME, read).await {
        Ok(Ok(Ok(read))) => (read.pages, read.text),
        Ok(Ok(Err(_))) | Ok(Err(_)) | Err(_) => {
            tracing::warn!(sha256 = %received.sha256, "could not read the text of a file");
            (None, None)
        }
    };
    Ok(Accepted {
        received,
        kind,
        pages,
        text,
    })
}

/// The name a file is listed under: its last path segment, without control, direction or
/// path characters, at most 120 characters; "document" when nothing is left. It is only
/// ever shown (escaped) and put in a `Content-Disposition` header (encoded): the store
/// never uses it as a path.
pub fn safe_name(sent: &str) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| {
            !c.is_control()
                && !crate::domain::user_text::is_bidi_control(*c)
                && !matches!(c, '"' | '<' | '>' | ':' | '*' | '?' | '|')
        })
        .take(120)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        "document".to_owned()
    } else {
        cleaned.to_owned()
    }
}

/// Whether `path` names a Markdown file by its extension (the only thing a name decides:
/// how a plain-text file is labelled).
fn is_markdown_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_only_ever_a_label() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("C:\\Users\\x\\pos\u{202e}fdp.exe"), "posfdp.exe");
        assert_eq!(safe_name("a\u{0}b\nc.pdf"), "abc.pdf");
        assert_eq!(safe_name("../.."), "document");
        assert_eq!(safe_name(".htaccess"), "htaccess");
        assert_eq!(safe_name("<script>.pdf"), "script.pdf");
        assert!(is_markdown_name("notes.MD"));
        assert!(!is_markdown_name("notes.txt"));
    }
}
