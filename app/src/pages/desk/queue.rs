//! `/desk`: the moderation queue, its filters and its bulk decisions.

use super::decisions::{QueueCard, ReasonFields};
#[cfg(feature = "hydrate")]
use super::keyboard::keyboard_review;
use super::{DeskDenied, DeskNav, here};
use crate::api::desk::{DecideCampaign, DecideComments, ResolveComment, desk_queue};
use crate::components::{
    FormError, action_error, group_choices, query_string, tag_name, use_texts,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

fn options_with_any(
    any: &'static str,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    view! {
        <option value="">{any}</option>
        {options
            .into_iter()
            .map(|(value, text)| {
                let is_selected = value == selected;
                view! {
                    <option value=value selected=is_selected>
                        {text}
                    </option>
                }
            })
            .collect_view()}
    }
}

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
                        let tag_options: Vec<(String, String)> = p
                            .tags
                            .iter()
                            .map(|tag| (tag.slug.clone(), tag_name(tag)))
                            .collect();
                        let next = p
                            .next_after
                            .map(|after| {
                                format!(
                                    "/desk{}",
                                    query_string(
                                        &[
                                            ("paper", &paper),
                                            ("group", &group),
                                            ("tag", &tag),
                                            ("flagged", &flagged),
                                            ("q", &q),
                                            ("after", &after.to_string()),
                                        ],
                                    ),
                                )
                            });
                        let reasons = p.reasons.clone();
                        let empty = p.items.is_empty();
                        view! {
                            <p role="status">{(t.d.totals)(p.pending_total, p.flagged_total)}</p>
                            <Form
                                method="GET"
                                action="/desk"
                                attr:class="filters"
                                attr:role="search"
                            >
                                <div class="field">
                                    <label for="q">{t.d.search}</label>
                                    <input id="q" name="q" type="search" value=q.clone() />
                                </div>
                                <div class="field">
                                    <label for="filter-paper">{t.d.paper}</label>
                                    <select id="filter-paper" name="paper">
                                        {options_with_any(
                                            t.d.any_paper,
                                            p.papers.clone(),
                                            paper.clone(),
                                        )}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for="filter-group">{t.stakeholder_group}</label>
                                    <select id="filter-group" name="group">
                                        {options_with_any(
                                            t.c.any_group,
                                            group_choices(),
                                            group.clone(),
                                        )}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for="filter-tag">{t.c.tag}</label>
                                    <select id="filter-tag" name="tag">
                                        {options_with_any(t.c.any_tag, tag_options, tag.clone())}
                                    </select>
                                </div>
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
                                <div class="filter-actions">
                                    <button type="submit" class="button">
                                        {t.c.apply_filter}
                                    </button>
                                    <a href="/desk">{t.c.clear_filter}</a>
                                </div>
                            </Form>
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
                                                <button
                                                    type="submit"
                                                    name="decision_code"
                                                    value="publish"
                                                    class="button"
                                                >
                                                    {t.d.publish_selected}
                                                </button>
                                                " "
                                                <button
                                                    type="submit"
                                                    name="decision_code"
                                                    value="reject"
                                                    class="button button-secondary"
                                                >
                                                    {t.d.reject_selected}
                                                </button>
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
                            {next
                                .map(|href| {
                                    view! {
                                        <p>
                                            <a href=href>{t.d.next_page}</a>
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
