//! `/consultations/:slug/papers/:code/changes?v=2`: what changed in a version of a paper,
//! paragraph by paragraph, word by word, with the comments written on the earlier text and
//! the secretariat's dispositions.

use crate::api::consultations::load_paper_changes;
use crate::components::{CommentCard, use_texts};
use crate::domain::AppError;
use crate::domain::changes::{ChangedParagraph, PaperChanges};
use crate::domain::diff::Change;
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The changes of the version in the address (`?v=`, the current one without it), for this
/// page and the disposition report.
fn changes_resource() -> Resource<Result<PaperChanges, AppError>> {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let (slug, code) = params.with(|p| {
            (
                p.get("slug").unwrap_or_default(),
                p.get("code").unwrap_or_default(),
            )
        });
        let version = query.with(|q| q.get("v").and_then(|v| v.parse::<i32>().ok()));
        (slug, code, version)
    };
    Resource::new(key, |(slug, code, version)| {
        load_paper_changes(slug, code, version)
    })
}

/// Loads the changes of the version in the address and shows them with `render`; a
/// version the paper does not have is "not found".
#[component]
pub(super) fn WithChanges(render: fn(PaperChanges) -> AnyView) -> impl IntoView {
    let t = use_texts();
    let changes = changes_resource();
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match changes.await {
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(c) => render(c),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ChangesPage() -> impl IntoView {
    view! { <WithChanges render=|c| view! { <Changes changes=c /> }.into_any() /> }
}

/// What changed in the version, paragraph by paragraph.
#[component]
fn Changes(changes: PaperChanges) -> impl IntoView {
    let t = use_texts();
    let c = changes;
    let title = (t.c.changes_title)(&c.paper_code, c.version);
    let paper_href = c.paper_href();
    let report_href = format!("{paper_href}/dispositions?v={}", c.version);
    let whole_paper = c.whole_paper;
    let (unchanged, changed): (Vec<ChangedParagraph>, Vec<ChangedParagraph>) =
        c.paragraphs.into_iter().partition(|p| {
            p.comments.is_empty() && p.diff.iter().all(|d| matches!(d, Change::Same(_)))
        });
    let unchanged: Vec<String> = unchanged.into_iter().filter_map(|p| p.old_number).collect();
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb">
            <A href=paper_href>{c.paper_code.clone()} " " {c.paper_title}</A>
        </p>
        <h1>{title}</h1>
        <p class="lead">{(t.c.changes_intro)(c.version - 1, c.version)}</p>
        <p>
            <A href=report_href>{(t.c.dispositions_link)(c.version - 1)}</A>
        </p>
        {changed.into_iter().map(|p| view! { <Changed paragraph=p /> }).collect_view()}
        {(!whole_paper.is_empty())
            .then(|| {
                view! {
                    <section class="change" aria-label=t.c.comments_on_whole>
                        <h2>{t.c.comments_on_whole}</h2>
                        {whole_paper
                            .into_iter()
                            .map(|comment| view! { <CommentCard comment /> })
                            .collect_view()}
                    </section>
                }
            })}
        {(!unchanged.is_empty())
            .then(|| {
                view! {
                    <p class="muted">{t.c.unchanged_paragraphs} ": " {unchanged.join(", ")}</p>
                }
            })}
    }
}

/// One paragraph of the version before: what became of it, its words removed and added,
/// and the comments written on it.
#[component]
fn Changed(paragraph: ChangedParagraph) -> impl IntoView {
    let t = use_texts();
    let heading = match (&paragraph.old_number, paragraph.fate) {
        (Some(old), Some(fate)) => {
            (t.c.changed_heading)(old, (t.e.fate_name)(fate), &paragraph.new_numbers)
        }
        _ => (t.c.added_heading)(&paragraph.new_numbers),
    };
    let diff = paragraph
        .diff
        .into_iter()
        .map(|d| match d {
            Change::Same(s) => view! { <span>{s}</span> }.into_any(),
            Change::Removed(s) => view! { <del>{s}</del> }.into_any(),
            Change::Added(s) => view! { <ins>{s}</ins> }.into_any(),
        })
        .collect_view();
    let comments = paragraph.comments;
    view! {
        <section class="change" aria-label=heading>
            <h2>{heading.clone()}</h2>
            <p class="diff">{diff}</p>
            {(!comments.is_empty())
                .then(|| {
                    view! {
                        <h3>{t.c.comments_on_earlier_text}</h3>
                        {comments
                            .into_iter()
                            .map(|comment| view! { <CommentCard comment /> })
                            .collect_view()}
                    }
                })}
        </section>
    }
}
