//! A consultation: its description, dates and working papers.

use crate::api::consultations::consultation;
use crate::components::{ConsultationBadge, ConsultationDates, use_texts};
use crate::domain::AppError;
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ConsultationPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let detail = Resource::new(slug, consultation);
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match detail.await {
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(d) => {
                        let c = d.consultation;
                        let slug = c.slug.clone();
                        view! {
                            <Title text=c.title.clone() />
                            <h1 dir="auto">{c.title}</h1>
                            <p class="status">
                                <ConsultationBadge status=c.status />
                            </p>
                            <p class="lead" dir="auto">
                                {c.description}
                            </p>
                            <ConsultationDates opens_at=c.opens_at closes_at=c.closes_at />
                            <h2>{t.papers}</h2>
                            <ul class="cards">
                                {d
                                    .papers
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <li class="card">
                                                <h3>
                                                    <span class="code">{p.code.clone()}</span>
                                                    " "
                                                    <A href=format!(
                                                        "/consultations/{slug}/papers/{}",
                                                        p.code,
                                                    )>{p.title}</A>
                                                </h3>
                                                <p class="meta">
                                                    {t.cluster} ": " {(t.cluster_name)(p.cluster)} " · "
                                                    {t.version} " " {p.version}
                                                </p>
                                                <p>{p.abstract_text}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <h2>{t.k.heading}</h2>
                            <p>
                                <A href=format!(
                                    "/consultations/{slug}/contributions",
                                )>{(t.k.on_consultation)(0)}</A>
                                " · "
                                <A href=format!("/consultations/{slug}/contribute")>{t.k.send}</A>
                            </p>
                            {d
                                .digest_link
                                .then(|| {
                                    view! {
                                        <h2>{t.g.title}</h2>
                                        <p>
                                            <A href=format!("/digests/{slug}")>{t.g.link}</A>
                                        </p>
                                    }
                                })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
