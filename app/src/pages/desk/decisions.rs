//! One comment as the secretariat decides on it: the card (author, campaign, flags, earlier
//! comments) with its publish/reject or keep/hide forms, and the reason fields they share.

use super::here;
use super::outcome::Decisions;
use super::outcome::card_problem;
use crate::components::{
    AttachedFiles, ChoiceButton, CommentContent, ConfirmChoice, DateTime, ExtractedTexts,
    WrittenOnNote, read_at_link, use_texts,
};
use crate::domain::comment::{Arrival, CommentStatus, same_words};
use crate::domain::countries;
use crate::domain::desk::{CampaignCopy, FlagSummary, QueueItem};
use leptos::prelude::*;
use leptos_router::components::A;

/// Marks every block of the queue item for the keyboard.
pub(super) const ITEM_CLASS: &str = "queue-item";

/// The reason list with "other" as free text: for rejecting and hiding. A refused decision
/// of the card shows its problem here: the reason's, beside the field, any other under it.
#[component]
pub(super) fn ReasonFields(
    reasons: Vec<String>,
    id: String,
    #[prop(optional)] decisions: Option<Decisions>,
) -> impl IntoView {
    let t = use_texts();
    let select_id = format!("reason-{id}");
    let other_id = format!("other-reason-{id}");
    let error_id = format!("reason-{id}-error");
    let key = id;
    let problem = Signal::derive(move || card_problem(decisions.and_then(|d| d.error_of(&key))));
    let invalid = move || problem.with(|(reason, _)| reason.is_some()).to_string();
    let described = {
        let error_id = error_id.clone();
        move || {
            problem
                .with(|(reason, _)| reason.is_some())
                .then(|| error_id.clone())
        }
    };
    view! {
        <div class="field reason-field">
            <label for=select_id.clone()>{t.d.reason}</label>
            {move || {
                problem
                    .get()
                    .0
                    .map(|m| {
                        view! {
                            <p class="field-error" id=error_id.clone() role="alert">
                                {m}
                            </p>
                        }
                    })
            }}
            {move || {
                problem
                    .get()
                    .1
                    .map(|e| {
                        view! {
                            <p class="field-error" role="alert">
                                {(t.error)(&e)}
                            </p>
                        }
                    })
            }}
            <select
                id=select_id
                name="reason"
                data-role="reason"
                aria-invalid=invalid
                aria-describedby=described
            >
                <option value="">{t.d.choose_reason}</option>
                {reasons
                    .into_iter()
                    .map(|r| view! { <option value=r>{r.clone()}</option> })
                    .collect_view()}
            </select>
            <label for=other_id.clone()>{t.d.other_reason}</label>
            <input
                id=other_id
                name="other_reason"
                type="text"
                maxlength="300"
                on:keydown=enter_gives_reason
            />
        </div>
    }
}

/// Enter in the free-text reason presses its form's reject (or hide) button: the browser
/// would press the form's first button, Publish, and publish what is being rejected. A
/// button behind a confirmation (rejecting a whole campaign) is not pressed: the
/// confirmation opens, with its button focused, and the moderator confirms.
fn enter_gives_reason(ev: leptos::ev::KeyboardEvent) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if ev.key() != "Enter" {
            return;
        }
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|field| field.closest("form").ok().flatten())
            .and_then(|form| {
                form.query_selector("button[value=reject], button[value=hide]")
                    .ok()
                    .flatten()
            })
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            ev.prevent_default();
            match button.closest("details:not([open])").ok().flatten() {
                Some(confirmation) => {
                    let _ = confirmation.set_attribute("open", "");
                    let _ = button.focus();
                }
                None => button.click(),
            }
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = ev;
}

/// The author as the secretariat sees them, with the consent they gave.
#[component]
fn AuthorFacts(item: QueueItem) -> impl IntoView {
    let t = use_texts();
    let country = countries::country(&item.author_country)
        .map(|c| (t.country_name)(c).to_owned())
        .unwrap_or_else(|| item.author_country.clone());
    // Each in a `<bdi>`, as in `AttributionLine`.
    let org = item.author_organisation.clone().map(|o| {
        view! {
            ", "
            <bdi>{o}</bdi>
        }
    });
    view! {
        <p class="attribution">
            <strong>
                <bdi>{item.author_name.clone()}</bdi>
                {org}
            </strong>
            " · "
            {(t.group)(item.author_group)}
            " · "
            {country}
            " · "
            {(t.capacity_name)(item.author_capacity)}
        </p>
        <p class="meta">
            {t.d.consent_given} ": " {(t.c.consent_name)(item.consent)} " · "
            {match item.arrival {
                Arrival::Verified => t.m.arrived_verified,
                Arrival::Import => t.m.arrived_import,
                Arrival::Unverified => t.m.arrived_unverified,
            }}
        </p>
    }
}

/// Everything about a comment the secretariat needs to decide, and the decision forms.
#[component]
pub(super) fn QueueCard(
    item: QueueItem,
    reasons: Vec<String>,
    decisions: Decisions,
    #[prop(optional)] standalone: bool,
) -> impl IntoView {
    let t = use_texts();
    let Decisions {
        decide,
        campaign,
        resolve,
        last,
    } = decisions;
    let sent = move |key: String| move |_| last.set(Some(key.clone()));
    let back = here();
    let id = item.id;
    let reference = item.reference.clone();
    let link_text = item.reference.clone();
    let select_label = (t.d.select)(&item.reference);
    let pending = item.status == CommentStatus::Pending;
    let flagged = !item.flags.is_empty();
    let attached: Vec<_> = item.files.iter().map(|(f, _)| f.clone()).collect();
    let read: Vec<_> = item
        .files
        .iter()
        .map(|(f, text)| (f.name.clone(), text.clone()))
        .collect();
    // Where it is read now on the paper, as a link; on a later version of the paper than
    // the one it was written on, what it was written on.
    let (read_href, read_label) =
        read_at_link(&item.consultation_slug, &item.paper_code, &item.read_at);
    let place = view! {
        <a href=read_href>{read_label}</a>
        " — "
        {item.paper_title.clone()}
    };
    let copies = item.copies.clone();
    let shown = item.body.clone();
    let skeleton = item.campaign_skeleton.clone();
    let campaign_part = item
        .campaign
        .filter(|(_, size)| *size > 1)
        .map(|(campaign_id, size)| {
            let reasons = reasons.clone();
            view! {
                <div class="campaign">
                    <p>
                        <strong>
                            {if skeleton.is_some() {
                                (t.d.template_campaign)(size)
                            } else {
                                (t.d.campaign)(size)
                            }}
                        </strong>
                    </p>
                    {skeleton
                        .clone()
                        .map(|skeleton| {
                            view! {
                                <p class="muted">{t.d.template_why}</p>
                                <p class="skeleton" dir="auto">
                                    {skeleton}
                                </p>
                            }
                        })}
                    <CampaignCopies copies=copies.clone() shown=shown.clone() />
                    {pending
                        .then(|| {
                            view! {
                                // The submit bubbles here after the form's own handler:
                                // `on:submit` on the ActionForm would replace that handler.
                                <div on:submit=sent(format!("campaign-{id}"))>
                                    <ActionForm action=campaign attr:class="inline-actions">
                                        <input
                                            type="hidden"
                                            name="campaign"
                                            value=campaign_id.to_string()
                                        />
                                        <input type="hidden" name="back" value=back />
                                        <ReasonFields
                                            reasons
                                            id=format!("campaign-{id}")
                                            decisions
                                        />
                                        <ChoiceButton
                                            name="decision_code"
                                            value="publish"
                                            label=t.d.publish_campaign
                                        />
                                        <ConfirmChoice
                                            label=t.d.reject_campaign
                                            hint=(t.d.reject_campaign_hint)(size)
                                            confirm=t.d.reject_campaign_confirm
                                            name="decision_code"
                                            value="reject"
                                        />
                                    </ActionForm>
                                </div>
                            }
                        })}
                </div>
            }
        });
    view! {
        <article class=ITEM_CLASS tabindex="0" aria-label=reference>
            <header class="queue-item-head">
                {(!standalone && pending)
                    .then(|| {
                        view! {
                            <span class="checkbox">
                                <input
                                    type="checkbox"
                                    id=format!("select-{id}")
                                    name="ids[]"
                                    value=id.to_string()
                                    form="bulk"
                                />
                                <label for=format!("select-{id}")>{select_label.clone()}</label>
                            </span>
                        }
                    })}
                <span class=format!(
                    "badge status-{}",
                    item.status.code(),
                )>{(t.c.status_name)(item.status)}</span> " "
                <A href=format!("/desk/comments/{id}")>{link_text.clone()}</A> " · "
                <DateTime at=item.submitted_at.clone() />
            </header>
            <p class="hit-place">{place}</p>
            {match item.written_on.clone() {
                Some(written_on) => view! { <WrittenOnNote written_on /> }.into_any(),
                None => {
                    item.paragraph_text
                        .clone()
                        .map(|text| {
                            view! {
                                <details class="paragraph-text">
                                    <summary>{t.d.paragraph_text}</summary>
                                    <p>{text}</p>
                                </details>
                            }
                        })
                        .into_any()
                }
            }}
            {item
                .parent_reference
                .clone()
                .map(|r| view! { <p class="meta">{t.c.in_reply_to} " " {r}</p> })}
            <AuthorFacts item=item.clone() />
            <CommentContent
                quote=item.quote.clone()
                body=item.body.clone()
                tags=item.tags.clone()
            />
            <AttachedFiles files=attached />
            <ExtractedTexts texts=read />
            {campaign_part}
            {flagged.then(|| view! { <FlagList flags=item.flags.clone() /> })}
            {(!item.earlier.is_empty())
                .then(|| {
                    view! {
                        <details class="earlier">
                            <summary>{(t.d.earlier)(item.earlier.len())}</summary>
                            <ul>
                                {item
                                    .earlier
                                    .iter()
                                    .map(|e| {
                                        view! {
                                            <li>
                                                <span class="code">{e.reference.clone()}</span>
                                                " ("
                                                {e.paper_code.clone()}
                                                ", "
                                                {(t.c.status_name)(e.status)}
                                                "): "
                                                {e.excerpt.clone()}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })}
            {if pending {
                view! {
                    <div on:submit=sent(id.to_string())>
                        <ActionForm action=decide attr:class="decision">
                            <input type="hidden" name="ids[]" value=id.to_string() />
                            <input type="hidden" name="back" value=back />
                            <ChoiceButton
                                name="decision_code"
                                value="publish"
                                data_role="publish"
                                label=t.d.publish
                            />
                            <ReasonFields reasons=reasons.clone() id=id.to_string() decisions />
                            <ChoiceButton
                                name="decision_code"
                                value="reject"
                                class="button button-secondary"
                                label=t.d.reject
                            />
                        </ActionForm>
                    </div>
                }
                    .into_any()
            } else if item.status == CommentStatus::Published {
                view! {
                    <div on:submit=sent(format!("hide-{id}"))>
                        <ActionForm action=resolve attr:class="decision">
                            <input type="hidden" name="id" value=id.to_string() />
                            <input type="hidden" name="back" value=back />
                            {flagged
                                .then(|| {
                                    view! {
                                        <ChoiceButton name="action" value="keep" label=t.d.keep />
                                    }
                                })}
                            <ReasonFields
                                reasons=reasons.clone()
                                id=format!("hide-{id}")
                                decisions
                            />
                            <ChoiceButton
                                name="action"
                                value="hide"
                                class="button button-secondary"
                                label=t.d.hide
                            />
                        </ActionForm>
                    </div>
                }
                    .into_any()
            } else {
                ().into_any()
            }}
        </article>
    }
}

/// The other pending copies of the card's campaign on this page: one line per sender, each
/// reference linking to its own page.
#[component]
fn CampaignCopies(copies: Vec<CampaignCopy>, shown: String) -> impl IntoView {
    let t = use_texts();
    let count = copies.len();
    let few = count <= 10;
    (!copies.is_empty()).then(|| {
        view! {
            <details class="copies" open=few>
                <summary>{(t.d.copies_here)(count)}</summary>
                <ul>
                    {copies
                        .into_iter()
                        .map(|c| {
                            let country = countries::country(&c.author_country)
                                .map(|k| (t.country_name)(k).to_owned())
                                .unwrap_or(c.author_country);
                            view! {
                                <li>
                                    <A href=format!("/desk/comments/{}", c.id)>{c.reference}</A>
                                    " · "
                                    <bdi>{c.author_name}</bdi>
                                    {c
                                        .author_organisation
                                        .map(|o| {
                                            view! {
                                                ", "
                                                <bdi>{o}</bdi>
                                            }
                                        })}
                                    " · "
                                    {(t.group)(c.author_group)}
                                    " · "
                                    {country}
                                    {(!same_words(&c.body, &shown))
                                        .then(|| {
                                            view! {
                                                <p class="copy-differs">{t.d.copy_differs}</p>
                                                <blockquote dir="auto" class="copy-text">
                                                    <p>{c.body}</p>
                                                </blockquote>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}

/// Readers' open reports of a comment or a contribution, by reason, with their notes.
#[component]
pub(super) fn FlagList(flags: Vec<FlagSummary>) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="flags" role="note">
            <p>
                <strong>{t.d.flags}</strong>
            </p>
            <ul>
                {flags
                    .into_iter()
                    .map(|f| {
                        view! {
                            <li>
                                {(t.d.flag_reason)(f.reason)} " × " {f.count}
                                {(!f.notes.is_empty())
                                    .then(|| format!(" — {}", f.notes.join(" / ")))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
