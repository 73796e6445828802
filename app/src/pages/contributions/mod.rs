//! Contributions: the form that sends one (`form`), a consultation's published list
//! (`list`) and each one's page (`page`); here, the card and file list they share.

mod form;
mod list;
mod page;

pub use form::ContributeFormPage;
pub use list::ContributionsPage;
pub use page::ContributionPage;

use crate::components::{AttributionLine, CommentBody, DateTime, use_texts};
use crate::domain::contributions::{ContributionCard, FileView};
use leptos::prelude::*;
use leptos_router::components::A;

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

/// A contribution's files as links, each with its type, size and pages.
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

/// A contribution's reference, when it was sent, and the paper it concerns.
#[component]
pub fn ContributionMeta(
    reference: String,
    at: String,
    paper_code: Option<String>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="meta">
            <span class="code">{reference}</span>
            " · "
            <DateTime at />
            {paper_code
                .map(|code| {
                    view! {
                        " · "
                        {t.k.concerns}
                        " "
                        <span class="code">{code}</span>
                    }
                })}
        </p>
    }
}

/// A contribution in a list: its title (linked), reference, attribution, summary, files.
#[component]
pub fn ContributionCardView(card: ContributionCard) -> impl IntoView {
    let href = card.href();
    view! {
        <li class="card contribution">
            <h3>
                <A href=href>{card.title}</A>
            </h3>
            <ContributionMeta
                reference=card.reference
                at=card.submitted_at
                paper_code=card.paper_code
            />
            <AttributionLine author=card.author />
            <CommentBody body=card.summary />
            <FileList files=card.files />
        </li>
    }
}
