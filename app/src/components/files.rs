//! Stored files as pages list them: links with their type, size and pages, under the
//! name they were sent with (a contribution's files, a comment's attachments).

use super::use_texts;
use crate::domain::contributions::FileView;
use leptos::prelude::*;

/// "2.4 MB", "830 kB", "120 bytes": a size as a reader on a metered line weighs it.
pub fn size_label(bytes: i64) -> String {
    let t = use_texts();
    let b = bytes.max(0) as f64;
    if b >= 1_000_000.0 {
        (t.k.megabytes)(format!("{:.1}", b / 1_000_000.0))
    } else if b >= 1_000.0 {
        (t.k.kilobytes)(format!("{:.0}", b / 1_000.0))
    } else {
        (t.k.bytes)(bytes)
    }
}

/// Files as links, each with its type, size and pages.
#[component]
pub fn FileList(files: Vec<FileView>) -> impl IntoView {
    let t = use_texts();
    view! {
        <ul class="files">
            {files
                .into_iter()
                .map(|f| {
                    let facts = [
                        Some(f.kind.label().to_owned()),
                        Some(size_label(f.size)),
                        f.pages.map(t.k.pages),
                        (!f.text_extracted).then(|| t.k.text_not_extracted.to_owned()),
                    ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · ");
                    view! {
                        <li>
                            <a href=f.href rel="nofollow">
                                <bdi>{f.name}</bdi>
                            </a>
                            " "
                            <span class="meta">"(" {facts} ")"</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The documents attached to a comment, under a heading; nothing when there are none.
#[component]
pub fn AttachedFiles(files: Vec<FileView>) -> impl IntoView {
    let t = use_texts();
    (!files.is_empty()).then(|| {
        view! {
            <div class="attachments">
                <p class="attachments-title">{t.k.attached}</p>
                <FileList files />
            </div>
        }
    })
}

/// The text read from each file, folded away under the file's name, for the secretariat
/// to read beside the download (or "text not extracted").
#[component]
pub fn ExtractedTexts(texts: Vec<(String, Option<String>)>) -> impl IntoView {
    let t = use_texts();
    texts
        .into_iter()
        .map(|(name, text)| {
            view! {
                <details class="extracted-text">
                    <summary>{(t.k.text_of)(&name)}</summary>
                    {match text {
                        Some(text) => view! { <super::CommentBody body=text /> }.into_any(),
                        None => view! { <p class="muted">{t.k.text_not_extracted}</p> }.into_any(),
                    }}
                </details>
            }
        })
        .collect_view()
}
