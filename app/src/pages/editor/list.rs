//! `/desk/consultations`: every consultation, drafts included.

use crate::api::editor::editor_list;
use crate::components::{DateTime, use_texts};
use crate::pages::desk::{DeskDenied, DeskNav};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn EditorListPage() -> impl IntoView {
    let t = use_texts();
    let list = Resource::new(|| (), |()| editor_list());
    view! {
        <Title text=t.e.title />
        <h1>{t.e.title}</h1>
        <DeskNav />
        <p>
            <A href="/desk/consultations/new" attr:class="button">
                {t.e.new_consultation}
            </A>
        </p>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match list.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(list) => {
                        view! {
                            <ul class="cards">
                                {list
                                    .into_iter()
                                    .map(|c| {
                                        view! {
                                            <li class="card">
                                                <h2 class="card-title">
                                                    <A href=format!(
                                                        "/desk/consultations/{}",
                                                        c.slug,
                                                    )>{c.title.clone()}</A>
                                                </h2>
                                                <p class="meta">
                                                    <span class=format!(
                                                        "badge badge-{}",
                                                        c.status.code(),
                                                    )>{(t.status)(c.status)}</span>
                                                    " · "
                                                    <DateTime at=c.opens_at.clone() />
                                                    " – "
                                                    <DateTime at=c.closes_at.clone() />
                                                    " · "
                                                    {(t.paper_count)(c.paper_count)}
                                                </p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
