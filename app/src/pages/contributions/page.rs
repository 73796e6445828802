//! `/contributions/:id`: a contribution with its summary, attribution as consented, files,
//! and the paragraphs it concerns with the published comments on them; to its author (and the secretariat) before publication too, with where it
//! stands, and just after sending, its reference.

use super::ContributionMeta;
use crate::api::contributions::contribution;
use crate::components::{AttributionLine, CommentBody, FileList, PageTitle, ReportForm, use_texts};
use crate::domain::AppError;
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::ContributionPage as Page;
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ContributionPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let page = Resource::new(id, |id| async move {
        match id {
            Some(id) => contribution(id).await,
            None => Err(AppError::NotFound),
        }
    });
    let sent = move || query.with(|q| q.get("sent").is_some());
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match page.await {
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(p) => view! { <Contribution page=p sent=sent() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Contribution(page: Page, sent: bool) -> impl IntoView {
    let t = use_texts();
    let c = page.card;
    let up = format!("/consultations/{}/contributions", page.consultation_slug);
    let reportable = (c.status == CommentStatus::Published).then_some(c.id);
    let received = (sent && page.own).then(|| {
        view! {
            <div class="notice" role="status">
                <p>
                    <strong>{(t.k.received)(&c.reference)}</strong>
                </p>
                <p>{t.k.received_next}</p>
            </div>
        }
    });
    let standing = (c.status != CommentStatus::Published).then(|| {
        let reason = page.status_reason.clone();
        view! {
            <p class="status">
                <strong>{(t.k.status)(c.status)}</strong>
                {reason
                    .map(|r| {
                        view! {
                            ": "
                            <bdi>{r}</bdi>
                        }
                    })}
            </p>
        }
    });
    view! {
        <PageTitle title=c.title up_href=up up_label=(t.k.list_title)(&page.consultation_title) />
        {received}
        {standing}
        <ContributionMeta reference=c.reference at=c.submitted_at paper_code=c.paper_code />
        <AttributionLine author=c.author />
        <h2>{t.k.summary}</h2>
        <CommentBody body=c.summary />
        <h2>{t.k.files}</h2>
        <FileList files=c.files />
        {reportable.map(|id| view! { <ReportForm id of="contribution" /> })}
        {(!page.paragraphs.is_empty())
            .then(|| {
                let concerned = page.concerned;
                view! {
                    <h2>{t.k.concerned}</h2>
                    <p class="meta">{t.k.paragraphs} ": " {page.paragraphs.join(", ")}</p>
                    {if concerned.is_empty() {
                        view! { <p class="muted">{t.k.no_concerned}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="concerned">
                                {concerned
                                    .into_iter()
                                    .map(|c| {
                                        view! {
                                            <li>
                                                <a href=c.href>{c.reference} " · " {c.paragraph}</a>
                                                " "
                                                <span>{c.excerpt}</span>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                }
            })}
    }
}
