//! `/desk`: the moderation queue, its filters and its bulk decisions.

use super::decisions::{QueueCard, ReasonFields};
#[cfg(feature = "hydrate")]
use super::keyboard::keyboard_review;
use super::{DeskDenied, DeskNav, here};
use crate::api::desk::{DecideCampaign, DecideComments, ResolveComment, desk_queue};
use crate::components::{
    ChoiceButton, FilterBar, FilterSelect, FormError, NextLink, SearchBox, action_error,
    group_choices, next_page_href, tag_choices, use_texts,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/desk`: the moderation queue.
#[component]
pub fn QueuePage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let decide = ServerAction::<DecideComments>::new();
    let campaign = ServerAction::<DecideCampaign>::new();
    let resolve = ServerAction::<ResolveComment>::new();
    let bulk = ServerAction::<DecideComments>::new();
    let errors = [
        action_error(decide),
        action_error(campaign),
        action_error(bulk),
    ];
    let resolve_error = action_error(resolve);
    let error = Signal::derive(move || {
        errors
            .iter()
            .find_map(|e| e.get())
            .or_else(|| resolve_error.get())
    });
    let key = move || {
        query.with(|q| {
            (
                ["paper", "group", "tag", "flagged", "q"].map(|k| q.get(k).unwrap_or_default()),
                q.get("after").and_then(|a| a.parse::<i64>().ok()),
            )
        })
    };
    let page = Resource::new(
        move || {
            (
                key(),
                decide.version().get()
                    + campaign.version().get()
                    + resolve.version().get()
                    + bulk.version().get(),
            )
        },
        |(([paper, group, tag, flagged, q], after), _)| {
            desk_queue(String::new(), paper, group, tag, flagged, q, after)
        },
    );
    #[cfg(feature = "hydrate")]
    keyboard_review();
    let back = here();
    view! {
        <Title text=t.d.queue_title />
        <h1>{t.d.queue_title}</h1>
        <DeskNav />
        <p class="hint">{t.d.keyboard_hint}</p>
        <FormError error />
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let ([paper, group, tag, flagged, q], _) = key();
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => {
                        let next = next_page_href(
                            "/desk",
                            &[
                                ("paper", &paper),
                                ("group", &group),
                                ("tag", &tag),
                                ("flagged", &flagged),
                                ("q", &q),
                            ],
                            "after",
                            p.next_after,
                        );
                        let reasons = p.reasons.clone();
                        let empty = p.items.is_empty();
                        view! {
                            <p role="status">{(t.d.totals)(p.pending_total, p.flagged_total)}</p>
                            <FilterBar action="/desk" clear=true>
                                <SearchBox label=t.d.search value=q />
                                <FilterSelect
                                    label=t.d.paper
                                    name="paper"
                                    any=t.d.any_paper
                                    options=p.papers
                                    selected=paper
                                />
                                <FilterSelect
                                    label=t.stakeholder_group
                                    name="group"
                                    any=t.c.any_group
                                    options=group_choices()
                                    selected=group
                                />
                                <FilterSelect
                                    label=t.c.tag
                                    name="tag"
                                    any=t.c.any_tag
                                    options=tag_choices(&p.tags)
                                    selected=tag
                                />
                                <div class="checkbox">
                                    <input
                                        type="checkbox"
                                        id="filter-flagged"
                                        name="flagged"
                                        value="1"
                                        checked=!flagged.is_empty()
                                    />
                                    <label for="filter-flagged">{t.d.flagged_only}</label>
                                </div>
                            </FilterBar>
                            {(!empty)
                                .then({
                                    let reasons = reasons.clone();
                                    move || {
                                        view! {
                                            <ActionForm action=bulk attr:id="bulk" attr:class="bulk">
                                                <input type="hidden" name="back" value=back />
                                                <p>
                                                    <strong>{t.d.bulk}</strong>
                                                </p>
                                                <ReasonFields
                                                    reasons=reasons.clone()
                                                    id="bulk".to_owned()
                                                />
                                                <ChoiceButton
                                                    name="decision_code"
                                                    value="publish"
                                                    label=t.d.publish_selected
                                                />
                                                " "
                                                <ChoiceButton
                                                    name="decision_code"
                                                    value="reject"
                                                    class="button button-secondary"
                                                    label=t.d.reject_selected
                                                />
                                            </ActionForm>
                                        }
                                    }
                                })}
                            {if empty {
                                view! { <p>{t.d.queue_empty}</p> }.into_any()
                            } else {
                                p.items
                                    .into_iter()
                                    .map(|item| {
                                        view! {
                                            <QueueCard
                                                item
                                                reasons=reasons.clone()
                                                decide
                                                campaign
                                                resolve
                                            />
                                        }
                                    })
                                    .collect_view()
                                    .into_any()
                            }}
                            <NextLink href=next label=t.d.next_page />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
