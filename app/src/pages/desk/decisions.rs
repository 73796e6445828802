//! One comment as the secretariat decides on it: the card (author, campaign, flags, earlier
//! comments) with its publish/reject or keep/hide forms, and the reason fields they share.

use super::here;
use crate::api::desk::{DecideCampaign, DecideComments, ResolveComment};
use crate::components::{
    AttachedFiles, ChoiceButton, CommentContent, DateTime, ExtractedTexts, WrittenOnNote,
    read_at_link, use_texts,
};
use crate::domain::comment::{Arrival, CommentStatus};
use crate::domain::countries;
use crate::domain::desk::{FlagSummary, QueueItem};
use leptos::prelude::*;
use leptos_router::components::A;

/// Marks every block of the queue item for the keyboard.
pub(super) const ITEM_CLASS: &str = "queue-item";

/// The reason list with "other" as free text: for rejecting and hiding.
#[component]
pub(super) fn ReasonFields(reasons: Vec<String>, id: String) -> impl IntoView {
    let t = use_texts();
    let select_id = format!("reason-{id}");
    let other_id = format!("other-reason-{id}");
    view! {
        <div class="field reason-field">
            <label for=select_id.clone()>{t.d.reason}</label>
            <select id=select_id name="reason" data-role="reason">
                <option value="">{t.d.choose_reason}</option>
                {reasons
                    .into_iter()
                    .map(|r| view! { <option value=r>{r.clone()}</option> })
                    .collect_view()}
            </select>
            <label for=other_id.clone()>{t.d.other_reason}</label>
            <input id=other_id name="other_reason" type="text" maxlength="300" />
        </div>
    }
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
    decide: ServerAction<DecideComments>,
    campaign: ServerAction<DecideCampaign>,
    resolve: ServerAction<ResolveComment>,
    #[prop(optional)] standalone: bool,
) -> impl IntoView {
    let t = use_texts();
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
    let campaign_part = item
        .campaign
        .filter(|(_, size)| *size > 1)
        .map(|(campaign_id, size)| {
            let reasons = reasons.clone();
            view! {
                <div class="campaign">
                    <p>
                        <strong>{(t.d.campaign)(size)}</strong>
                    </p>
                    {pending
                        .then(|| {
                            view! {
                                <ActionForm action=campaign attr:class="inline-actions">
                                    <input
                                        type="hidden"
                                        name="campaign"
                                        value=campaign_id.to_string()
                                    />
                                    <input type="hidden" name="back" value=back />
                                    <ReasonFields reasons id=format!("campaign-{id}") />
                                    <ChoiceButton
                                        name="decision_code"
                                        value="publish"
                                        label=t.d.publish_campaign
                                    />
                                    <ChoiceButton
                                        name="decision_code"
                                        value="reject"
                                        class="button button-secondary"
                                        label=t.d.reject_campaign
                                    />
                                </ActionForm>
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
                    <ActionForm action=decide attr:class="decision">
                        <input type="hidden" name="ids[]" value=id.to_string() />
                        <input type="hidden" name="back" value=back />
                        <ChoiceButton
                            name="decision_code"
                            value="publish"
                            data_role="publish"
                            label=t.d.publish
                        />
                        <ReasonFields reasons=reasons.clone() id=id.to_string() />
                        <ChoiceButton
                            name="decision_code"
                            value="reject"
                            class="button button-secondary"
                            label=t.d.reject
                        />
                    </ActionForm>
                }
                    .into_any()
            } else if item.status == CommentStatus::Published {
                view! {
                    <ActionForm action=resolve attr:class="decision">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="back" value=back />
                        {flagged
                            .then(|| {
                                view! { <ChoiceButton name="action" value="keep" label=t.d.keep /> }
                            })}
                        <ReasonFields reasons=reasons.clone() id=id.to_string() />
                        <ChoiceButton
                            name="action"
                            value="hide"
                            class="button button-secondary"
                            label=t.d.hide
                        />
                    </ActionForm>
                }
                    .into_any()
            } else {
                ().into_any()
            }}
        </article>
    }
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
