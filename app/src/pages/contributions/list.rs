//! `/consultations/:slug/contributions`: the published contributions of a consultation,
//! newest first, filtered by stakeholder group, region and paper (a GET form).

use super::ContributionCardView;
use crate::api::contributions::contributions;
use crate::components::{
    FilterBar, FilterSelect, PageTitle, group_choices, region_choices, use_texts,
};
use crate::domain::AppError;
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ContributionsPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let q = |k: &str| query.with(|q| q.get(k).unwrap_or_default());
        (
            params.with(|p| p.get("slug").unwrap_or_default()),
            q("group"),
            q("region"),
            q("paper"),
        )
    };
    let list = Resource::new(key, |(slug, group, region, paper)| {
        contributions(slug, group, region, paper)
    });
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (_, group, region, paper) = key();
                match list.await {
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(l) => {
                        let consultation_href = format!("/consultations/{}", l.slug);
                        let action = format!("{consultation_href}/contributions");
                        let count = l.cards.len();
                        let papers = l
                            .papers
                            .into_iter()
                            .map(|(code, title)| (code.clone(), format!("{code} {title}")))
                            .collect();
                        view! {
                            <PageTitle
                                title=(t.k.list_title)(&l.consultation_title)
                                up_href=consultation_href.clone()
                                up_label=l.consultation_title
                            />
                            <p class="lead">{t.k.list_intro}</p>
                            <p>
                                <A href=format!("{consultation_href}/contribute")>{t.k.send}</A>
                            </p>
                            <FilterBar action clear=true>
                                <FilterSelect
                                    label=t.stakeholder_group
                                    name="group"
                                    any=t.c.any_group
                                    options=group_choices()
                                    selected=group
                                />
                                <FilterSelect
                                    label=t.c.region
                                    name="region"
                                    any=t.c.any_region
                                    options=region_choices()
                                    selected=region
                                />
                                <FilterSelect
                                    label=t.k.paper
                                    name="paper"
                                    any=t.d.any_paper
                                    options=papers
                                    selected=paper
                                />
                            </FilterBar>
                            <p role="status">{(t.k.count)(count)}</p>
                            <ul class="cards">
                                {l
                                    .cards
                                    .into_iter()
                                    .map(|card| view! { <ContributionCardView card /> })
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
