//! The home page: open consultations first, then closed and archived ones.

use crate::api::consultations::list_consultations;
use crate::components::{ConsultationBadge, ConsultationDates, use_texts};
use crate::domain::{ConsultationStatus, ConsultationSummary};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_texts();
    let consultations = Resource::new(|| (), |_| list_consultations());
    view! {
        <Title text=t.home_title />
        <h1>{t.home_title}</h1>
        <p class="lead">{t.home_intro}</p>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let list = consultations.await.unwrap_or_default();
                let (open, other): (Vec<_>, Vec<_>) = list
                    .into_iter()
                    .partition(|c| c.status == ConsultationStatus::Open);
                view! {
                    <section aria-labelledby="open-heading">
                        <h2 id="open-heading">{t.home_open}</h2>
                        {if open.is_empty() {
                            view! { <p>{t.home_none_open}</p> }.into_any()
                        } else {
                            view! { <ConsultationList items=open /> }.into_any()
                        }}
                    </section>
                    {(!other.is_empty())
                        .then(|| {
                            view! {
                                <section aria-labelledby="closed-heading">
                                    <h2 id="closed-heading">{t.home_closed}</h2>
                                    <ConsultationList items=other />
                                </section>
                            }
                        })}
                }
            })}
        </Suspense>
    }
}

#[component]
fn ConsultationList(items: Vec<ConsultationSummary>) -> impl IntoView {
    let t = use_texts();
    view! {
        <ul class="cards">
            {items
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="card">
                            <h3 dir="auto">
                                <A href=format!("/consultations/{}", c.slug)>{c.title}</A>
                            </h3>
                            <p class="status">
                                <ConsultationBadge status=c.status />
                                " · "
                                {(t.paper_count)(c.paper_count)}
                            </p>
                            <p dir="auto">{c.description}</p>
                            <ConsultationDates opens_at=c.opens_at closes_at=c.closes_at />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
