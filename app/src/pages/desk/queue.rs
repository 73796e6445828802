//! `/desk`: the moderation queue, its filters and its bulk decisions.

use super::decisions::{QueueCard, ReasonFields};
#[cfg(feature = "hydrate")]
use super::keyboard::keyboard_review;
use super::outcome::{DecisionStatus, Decisions};
use super::{DeskDenied, DeskNav, here};
use crate::api::desk::{DecideComments, desk_queue};
use crate::components::{
    ChoiceButton, FilterBar, FilterSelect, FormError, NextLink, SearchBox, action_error,
    group_choices, next_page_href, tag_choices, use_texts,
};
use crate::domain::Field;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// `/desk`: the moderation queue.
#[component]
pub fn QueuePage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let decisions = Decisions::new();
    // The bulk form is at the top of the page: its problems are summed up there; a card's
    // are shown on the card.
    let bulk = ServerAction::<DecideComments>::new();
    let bulk_error = action_error(bulk);
    // A refusal no card can claim is shown without links: the card is not known.
    let unattributed = Signal::derive(move || decisions.unattributed());
    let key = move || {
        query.with(|q| {
            (
                ["paper", "group", "tag", "flagged", "q"].map(|k| q.get(k).unwrap_or_default()),
                q.get("after").and_then(|a| a.parse::<i64>().ok()),
            )
        })
    };
    let page = Resource::new(
        move || (key(), decisions.version() + bulk.version().get()),
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
        <FormError
            error=bulk_error
            ids=|f| if f == Field::Reason { Some("reason-bulk") } else { f.input_id() }
        />
        <FormError error=unattributed ids=|_| None />
        <DecisionStatus decisions />
        // A Transition, not a Suspense: after a decision the list is reloaded in place, and
        // the moderator stays where they were.
        <Transition fallback=move || {
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
                        let digest = (!paper.is_empty())
                            .then(|| p.items.first())
                            .flatten()
                            .map(|i| {
                                format!("/digests/{}?paper={}", i.consultation_slug, i.paper_code)
                            });
                        // The queue of one paper leads to that paper's digest.
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
                            {digest
                                .map(|href| {
                                    view! {
                                        <p>
                                            <A href=href>{t.g.link}</A>
                                        </p>
                                    }
                                })}
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
                                            <QueueCard item reasons=reasons.clone() decisions />
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
        </Transition>
    }
}
