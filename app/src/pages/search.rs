//! `/search`: full-text search over published comments, with the reader's filter, newest
//! first, a page at a time.

use crate::api::comments::search_comments;
use crate::components::{
    CommentCard, FilterForm, FilterValues, NextLink, next_page_href, read_at_link, use_texts,
};
use crate::pages::contributions::ContributionCardView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Asked {
    q: String,
    filter: FilterValues,
    before: Option<i64>,
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let asked = Memo::new(move |_| {
        query.with(|q| Asked {
            q: q.get("q").unwrap_or_default(),
            filter: FilterValues::from_query(q),
            before: q.get("before").and_then(|b| b.parse().ok()),
        })
    });
    let results = Resource::new(
        move || asked.get(),
        |a| {
            let language = Some(a.filter.language);
            search_comments(
                a.q,
                a.filter.group,
                a.filter.region,
                a.filter.tag,
                language,
                a.before,
            )
        },
    );
    view! {
        <Title text=t.c.search_title />
        <h1>{t.c.search_title}</h1>
        <p class="lead">{t.c.search_intro}</p>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let a = asked.get_untracked();
                match results.await {
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(page) => {
                        let mut pairs = vec![("q", a.q.as_str())];
                        pairs.extend(a.filter.pairs());
                        let next = next_page_href("/search", &pairs, "before", page.next_before);
                        let more = next.is_some();
                        let count = page.hits.len();
                        view! {
                            <FilterForm
                                action="/search".to_owned()
                                values=a.filter.clone()
                                tags=page.tags.clone()
                            >
                                <div class="field search-words">
                                    <label for="q">{t.c.search_label}</label>
                                    <input
                                        id="q"
                                        name="q"
                                        type="search"
                                        value=a.q.clone()
                                        maxlength="200"
                                    />
                                </div>
                            </FilterForm>
                            {(!page.contributions.is_empty())
                                .then(|| {
                                    view! {
                                        <h2>{t.k.heading}</h2>
                                        <ul class="cards">
                                            {page
                                                .contributions
                                                .clone()
                                                .into_iter()
                                                .map(|card| view! { <ContributionCardView card /> })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            <p role="status" class="muted">
                                {(t.c.results)(count, more)}
                            </p>
                            {page
                                .hits
                                .into_iter()
                                .map(|hit| {
                                    let (href, label) = read_at_link(
                                        &hit.consultation_slug,
                                        &hit.paper_code,
                                        &hit.read_at,
                                    );
                                    let place = // Where it is read now: the paragraph that continues the one it
                                    // was written on, the paper as a whole, or the removed text.
                                    view! { <a href=href>{label}</a> };
                                    view! {
                                        <section class="hit">
                                            <p class="hit-place">
                                                {place} " — " {hit.paper_title.clone()}
                                            </p>
                                            <CommentCard comment=hit.comment />
                                        </section>
                                    }
                                })
                                .collect_view()}
                            <NextLink href=next label=t.c.more />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
