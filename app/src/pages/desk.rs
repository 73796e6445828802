//! The secretariat's desk: the moderation queue (with bulk decisions, campaigns, flags and
//! keyboard review), one comment's page (retag, disposition, its audit log), the whole
//! audit log, and the administrator's list of accounts.

use crate::api::desk::{
    AddRejectionReason, ChangeAccount, DecideCampaign, DecideComments, ResolveComment,
    RetagComment, SetDisposition, audit_log, desk_item, desk_queue, list_accounts,
};
use crate::components::{
    CommentBody, DateTime, FormError, TagList, TextArea, action_error, group_choices, query_string,
    tag_name, use_texts,
};
use crate::domain::comment::{CommentStatus, TagView};
use crate::domain::countries;
use crate::domain::desk::{AuditEntry, DeskComment, DispositionKind, QueueItem};
use crate::domain::{AppError, IssueCluster, Role};
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{A, Form};
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

/// The current address, to come back to after a decision.
fn here() -> Signal<String> {
    let location = use_location();
    Signal::derive(move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        }
    })
}

/// Shown instead of a desk page to those who may not see it.
#[component]
pub(crate) fn DeskDenied(error: AppError) -> impl IntoView {
    let t = use_texts();
    match error {
        AppError::Unauthorized => view! {
            <p>{t.d.sign_in_needed}</p>
            <p><A href="/sign-in">{t.nav_sign_in}</A></p>
        }
        .into_any(),
        AppError::NotFound => view! { <NotFound /> }.into_any(),
        e => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
    }
}

/// The reason list with "other" as free text: for rejecting and hiding.
#[component]
fn ReasonFields(reasons: Vec<String>, id: String) -> impl IntoView {
    let t = use_texts();
    let select_id = format!("reason-{id}");
    let other_id = format!("other-reason-{id}");
    view! {
        <div class="field reason-field">
            <label for=select_id.clone()>{t.d.reason}</label>
            <select id=select_id name="reason" data-role="reason">
                <option value="">{t.d.choose_reason}</option>
                {reasons.into_iter().map(|r| view! { <option value=r.clone()>{r.clone()}</option> }).collect_view()}
            </select>
            <label for=other_id.clone()>{t.d.other_reason}</label>
            <input id=other_id name="other_reason" type="text" maxlength="300" />
        </div>
    }
}

/// Marks every block of the queue item for the keyboard.
const ITEM_CLASS: &str = "queue-item";

/// `j`/`k` move between comments, `p` publishes the one in focus, `r` goes to its reason.
#[cfg(feature = "hydrate")]
fn keyboard_review() {
    use leptos::ev;
    use web_sys::wasm_bindgen::JsCast;
    let handle = window_event_listener(ev::keydown, |e: web_sys::KeyboardEvent| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(active) = document.active_element() {
            let tag = active.tag_name();
            if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.ctrl_key()
                || e.meta_key()
                || e.alt_key()
            {
                return;
            }
        }
        let Ok(items) = document.query_selector_all(&format!(".{ITEM_CLASS}")) else {
            return;
        };
        let items: Vec<web_sys::HtmlElement> = (0..items.length())
            .filter_map(|i| items.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .collect();
        let current = document
            .active_element()
            .and_then(|a| items.iter().position(|i| i.contains(Some(&a))));
        let focus = |i: usize| {
            if let Some(item) = items.get(i) {
                let _ = item.focus();
            }
        };
        let within = |selector: &str| {
            current
                .and_then(|i| items.get(i))
                .and_then(|item| item.query_selector(selector).ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        };
        match e.key().as_str() {
            "j" => focus(current.map_or(0, |i| (i + 1).min(items.len().saturating_sub(1)))),
            "k" => focus(current.map_or(0, |i| i.saturating_sub(1))),
            "p" => {
                if let Some(button) = within("[data-role=publish]") {
                    button.click();
                }
            }
            "r" => {
                if let Some(select) = within("[data-role=reason]") {
                    e.prevent_default();
                    let _ = select.focus();
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// The author as the secretariat sees them, with the consent they gave.
#[component]
fn AuthorFacts(item: QueueItem) -> impl IntoView {
    let t = use_texts();
    let country = countries::country(&item.author_country)
        .map(|c| (t.country_name)(c).to_owned())
        .unwrap_or_else(|| item.author_country.clone());
    // Each in a `<bdi>`, as in `AttributionLine`.
    let org = item
        .author_organisation
        .clone()
        .map(|o| view! { ", " <bdi>{o}</bdi> });
    view! {
        <p class="attribution">
            <strong><bdi>{item.author_name.clone()}</bdi> {org}</strong> " · " {(t.group)(item.author_group)} " · "
            {country} " · " {(t.capacity_name)(item.author_capacity)}
        </p>
        <p class="meta">{t.d.consent_given} ": " {(t.c.consent_name)(item.consent)}</p>
    }
}

/// Everything about a comment the secretariat needs to decide, and the decision forms.
#[component]
fn QueueCard(
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
    let place = match &item.paragraph_number {
        Some(n) => format!(
            "{} {}, {}",
            item.paper_code,
            item.paper_title,
            (t.paragraph_label)(n)
        ),
        None => format!(
            "{} {}, {}",
            item.paper_code, item.paper_title, t.c.whole_paper
        ),
    };
    let campaign_part = item.campaign.filter(|(_, size)| *size > 1).map(|(campaign_id, size)| {
        let reasons = reasons.clone();
        view! {
            <div class="campaign">
                <p><strong>{(t.d.campaign)(size)}</strong></p>
                {pending.then(|| view! {
                    <ActionForm action=campaign attr:class="inline-actions">
                        <input type="hidden" name="campaign" value=campaign_id.to_string() />
                        <input type="hidden" name="back" value=back />
                        <ReasonFields reasons id=format!("campaign-{id}") />
                        <button type="submit" name="decision_code" value="publish" class="button">{t.d.publish_campaign}</button>
                        <button type="submit" name="decision_code" value="reject" class="button button-secondary">{t.d.reject_campaign}</button>
                    </ActionForm>
                })}
            </div>
        }
    });
    view! {
        <article class=ITEM_CLASS tabindex="0" aria-label=reference.clone()>
            <header class="queue-item-head">
                {(!standalone && pending).then(|| view! {
                    <span class="checkbox">
                        <input type="checkbox" id=format!("select-{id}") name="ids[]" value=id.to_string() form="bulk" />
                        <label for=format!("select-{id}")>{select_label.clone()}</label>
                    </span>
                })}
                <span class=format!("badge status-{}", item.status.code())>{(t.c.status_name)(item.status)}</span>
                " " <A href=format!("/desk/comments/{id}")>{link_text.clone()}</A>
                " · " <DateTime at=item.submitted_at.clone() />
            </header>
            <p class="hit-place">{place}</p>
            {item.paragraph_text.clone().map(|text| view! {
                <details class="paragraph-text">
                    <summary>{t.d.paragraph_text}</summary>
                    <p>{text}</p>
                </details>
            })}
            {item.parent_reference.clone().map(|r| view! { <p class="meta">{t.c.in_reply_to} " " {r}</p> })}
            <AuthorFacts item=item.clone() />
            {item.quote.clone().map(|q| view! { <blockquote class="quote" aria-label=t.c.quoted><p>{q}</p></blockquote> })}
            <CommentBody body=item.body.clone() />
            <TagList tags=item.tags.clone() />
            {campaign_part}
            {flagged.then(|| view! {
                <div class="flags" role="note">
                    <p><strong>{t.d.flags}</strong></p>
                    <ul>
                        {item.flags.iter().map(|f| view! {
                            <li>{(t.d.flag_reason)(f.reason)} " × " {f.count}
                                {(!f.notes.is_empty()).then(|| format!(" — {}", f.notes.join(" / ")))}
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            {(!item.earlier.is_empty()).then(|| view! {
                <details class="earlier">
                    <summary>{(t.d.earlier)(item.earlier.len())}</summary>
                    <ul>
                        {item.earlier.iter().map(|e| view! {
                            <li><span class="code">{e.reference.clone()}</span> " (" {e.paper_code.clone()} ", " {(t.c.status_name)(e.status)} "): " {e.excerpt.clone()}</li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
            {if pending {
                view! {
                    <ActionForm action=decide attr:class="decision">
                        <input type="hidden" name="ids[]" value=id.to_string() />
                        <input type="hidden" name="back" value=back />
                        <button type="submit" name="decision_code" value="publish" class="button" data-role="publish">{t.d.publish}</button>
                        <ReasonFields reasons=reasons.clone() id=id.to_string() />
                        <button type="submit" name="decision_code" value="reject" class="button button-secondary">{t.d.reject}</button>
                    </ActionForm>
                }
                    .into_any()
            } else if item.status == CommentStatus::Published {
                view! {
                    <ActionForm action=resolve attr:class="decision">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="back" value=back />
                        {flagged.then(|| view! { <button type="submit" name="action" value="keep" class="button">{t.d.keep}</button> })}
                        <ReasonFields reasons=reasons.clone() id=id.to_string() />
                        <button type="submit" name="action" value="hide" class="button button-secondary">{t.d.hide}</button>
                    </ActionForm>
                }
                    .into_any()
            } else {
                ().into_any()
            }}
        </article>
    }
}

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
                view! { <option value=value selected=is_selected>{text}</option> }
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
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                let ([paper, group, tag, flagged, q], _) = key();
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => {
                        let tag_options: Vec<(String, String)> = p.tags.iter().map(|tag| (tag.slug.clone(), tag_name(tag))).collect();
                        let next = p.next_after.map(|after| format!("/desk{}", query_string(&[("paper", &paper), ("group", &group), ("tag", &tag), ("flagged", &flagged), ("q", &q), ("after", &after.to_string())])));
                        let reasons = p.reasons.clone();
                        let empty = p.items.is_empty();
                        view! {
                            <p role="status">{(t.d.totals)(p.pending_total, p.flagged_total)}</p>
                            <Form method="GET" action="/desk" attr:class="filters" attr:role="search">
                                <div class="field">
                                    <label for="q">{t.d.search}</label>
                                    <input id="q" name="q" type="search" value=q.clone() />
                                </div>
                                <div class="field">
                                    <label for="filter-paper">{t.d.paper}</label>
                                    <select id="filter-paper" name="paper">{options_with_any(t.d.any_paper, p.papers.clone(), paper.clone())}</select>
                                </div>
                                <div class="field">
                                    <label for="filter-group">{t.stakeholder_group}</label>
                                    <select id="filter-group" name="group">{options_with_any(t.c.any_group, group_choices(), group.clone())}</select>
                                </div>
                                <div class="field">
                                    <label for="filter-tag">{t.c.tag}</label>
                                    <select id="filter-tag" name="tag">{options_with_any(t.c.any_tag, tag_options, tag.clone())}</select>
                                </div>
                                <div class="checkbox">
                                    <input type="checkbox" id="filter-flagged" name="flagged" value="1" checked=!flagged.is_empty() />
                                    <label for="filter-flagged">{t.d.flagged_only}</label>
                                </div>
                                <div class="filter-actions">
                                    <button type="submit" class="button">{t.c.apply_filter}</button>
                                    <a href="/desk">{t.c.clear_filter}</a>
                                </div>
                            </Form>
                            {(!empty).then({ let reasons = reasons.clone(); move || view! {
                                <ActionForm action=bulk attr:id="bulk" attr:class="bulk">
                                    <input type="hidden" name="back" value=back />
                                    <p><strong>{t.d.bulk}</strong></p>
                                    <ReasonFields reasons=reasons.clone() id="bulk".to_owned() />
                                    <button type="submit" name="decision_code" value="publish" class="button">{t.d.publish_selected}</button>
                                    " "
                                    <button type="submit" name="decision_code" value="reject" class="button button-secondary">{t.d.reject_selected}</button>
                                </ActionForm>
                            }})}
                            {if empty {
                                view! { <p>{t.d.queue_empty}</p> }.into_any()
                            } else {
                                p.items.into_iter().map(|item| view! { <QueueCard item reasons=reasons.clone() decide campaign resolve /> }).collect_view().into_any()
                            }}
                            {next.map(|href| view! { <p><a href=href>{t.d.next_page}</a></p> })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub(crate) fn DeskNav() -> impl IntoView {
    let t = use_texts();
    view! {
        <nav aria-label=t.d.desk_nav class="desk-nav">
            <A href="/desk">{t.d.queue_title}</A> " · " <A href="/desk/log">{t.d.log_title}</A> " · "
            <A href="/desk/consultations">{t.e.nav}</A> " · " <A href="/desk/accounts">{t.d.accounts_title}</A>
        </nav>
    }
}

/// The tag checkboxes of the whole taxonomy, private tags marked, for retagging.
#[component]
fn RetagFields(tags: Vec<TagView>, checked: Vec<String>) -> impl IntoView {
    let t = use_texts();
    IssueCluster::ALL
        .into_iter()
        .map(|cluster| {
            let in_cluster: Vec<TagView> = tags.iter().filter(|tag| tag.cluster == cluster).cloned().collect();
            let checked = checked.clone();
            view! {
                <div class="tag-group">
                    <p class="tag-cluster">{(t.cluster_name)(cluster)}</p>
                    {in_cluster
                        .into_iter()
                        .map(|tag| {
                            let id = format!("retag-{}", tag.slug);
                            let is_checked = checked.contains(&tag.slug);
                            view! {
                                <div class="checkbox">
                                    <input type="checkbox" id=id.clone() name="tags[]" value=tag.slug.clone() checked=is_checked />
                                    <label for=id>{tag_name(&tag)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
        .collect_view()
}

/// `/desk/comments/:id`: one comment, its decisions, retagging, disposition and its log.
#[component]
pub fn DeskItemPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|i| i.parse::<i64>().ok()));
    let decide = ServerAction::<DecideComments>::new();
    let campaign = ServerAction::<DecideCampaign>::new();
    let resolve = ServerAction::<ResolveComment>::new();
    let retag = ServerAction::<RetagComment>::new();
    let dispose = ServerAction::<SetDisposition>::new();
    let errors = [action_error(decide), action_error(campaign)];
    let more_errors = [
        action_error(resolve),
        action_error(retag),
        action_error(dispose),
    ];
    let error = Signal::derive(move || {
        errors
            .iter()
            .chain(more_errors.iter())
            .find_map(|e| e.get())
    });
    let loaded = Resource::new(
        move || {
            (
                id(),
                decide.version().get()
                    + campaign.version().get()
                    + resolve.version().get()
                    + retag.version().get()
                    + dispose.version().get(),
            )
        },
        |(id, _)| async move {
            let id = id.ok_or(AppError::NotFound)?;
            desk_item(id).await
        },
    );
    let back = here();
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match loaded.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(DeskComment { item, log, reasons, tags }) => {
                        let title = (t.c.comment_title)(&item.reference);
                        let id = item.id;
                        let checked: Vec<String> = item.tags.iter().map(|tag| tag.slug.clone()).collect();
                        let published = item.status == CommentStatus::Published;
                        let disposition = item.disposition.clone();
                        view! {
                            <Title text=title.clone() />
                            <h1>{title}</h1>
                            <DeskNav />
                            <FormError error />
                            <QueueCard item reasons decide campaign resolve standalone=true />
                            <section aria-labelledby="retag-heading">
                                <h2 id="retag-heading">{t.d.retag}</h2>
                                <ActionForm action=retag attr:class="form">
                                    <input type="hidden" name="id" value=id.to_string() />
                                    <input type="hidden" name="back" value=back />
                                    <fieldset class="field">
                                        <legend>{(t.c.tags_legend)(crate::domain::comment::MAX_TAGS)}</legend>
                                        <RetagFields tags checked />
                                    </fieldset>
                                    <button type="submit" class="button">{t.d.save_tags}</button>
                                </ActionForm>
                            </section>
                            {published.then(|| view! {
                                <section aria-labelledby="disposition-heading">
                                    <h2 id="disposition-heading">{t.d.disposition}</h2>
                                    <ActionForm action=dispose attr:class="form">
                                        <input type="hidden" name="id" value=id.to_string() />
                                        <input type="hidden" name="back" value=back />
                                        <div class="field">
                                            <label for="kind">{t.d.disposition_kind}</label>
                                            <select id="kind" name="kind" required=true>
                                                <option value="">{t.choose}</option>
                                                {DispositionKind::ALL.into_iter().map(|k| {
                                                    let selected = disposition.as_ref().is_some_and(|d| d.kind == k);
                                                    view! { <option value=k.code() selected=selected>{(t.d.disposition_name)(k)}</option> }
                                                }).collect_view()}
                                            </select>
                                        </div>
                                        <div class="field">
                                            <label for="response">{t.d.response}</label>
                                            <TextArea text=disposition.as_ref().map(|d| d.response.clone()).unwrap_or_default() attr:id="response" attr:name="response" attr:rows="4" attr:maxlength="5000" />
                                        </div>
                                        <button type="submit" class="button">{t.d.save_disposition}</button>
                                    </ActionForm>
                                </section>
                            })}
                            <section aria-labelledby="log-heading">
                                <h2 id="log-heading">{t.d.log_title}</h2>
                                <LogTable entries=log.entries />
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn LogTable(entries: Vec<AuditEntry>) -> impl IntoView {
    let t = use_texts();
    view! {
        <table class="my-comments log">
            <caption class="visually-hidden">{t.d.log_title}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.d.when}</th>
                    <th scope="col">{t.c.reference}</th>
                    <th scope="col">{t.d.change}</th>
                    <th scope="col">{t.d.by}</th>
                    <th scope="col">{t.d.reason}</th>
                </tr>
            </thead>
            <tbody>
                {entries
                    .into_iter()
                    .map(|e| {
                        let change = match e.from {
                            Some(from) if from == e.to => (t.c.status_name)(e.to).to_owned(),
                            Some(from) => format!("{} → {}", (t.c.status_name)(from), (t.c.status_name)(e.to)),
                            None => (t.c.status_name)(e.to).to_owned(),
                        };
                        view! {
                            <tr>
                                <td><DateTime at=e.at.clone() /></td>
                                <td><A href=format!("/desk/comments/{}", e.comment_id)>{e.reference.clone()}</A></td>
                                <td>{change}</td>
                                <td>{e.actor.clone().unwrap_or_default()}</td>
                                <td>{e.reason.clone().unwrap_or_default()}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// `/desk/log`: every status change, newest first; the list of rejection reasons.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let add_reason = ServerAction::<AddRejectionReason>::new();
    let error = action_error(add_reason);
    let key = move || {
        query.with(|q| {
            (
                q.get("comment").unwrap_or_default(),
                q.get("before").and_then(|b| b.parse::<i64>().ok()),
            )
        })
    };
    let page = Resource::new(key, |(reference, before)| audit_log(reference, before));
    view! {
        <Title text=t.d.log_title />
        <h1>{t.d.log_title}</h1>
        <DeskNav />
        <p class="lead">{t.d.log_intro}</p>
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                let (reference, _) = key();
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => {
                        let next = p.next_before.map(|b| format!("/desk/log{}", query_string(&[("comment", &reference), ("before", &b.to_string())])));
                        view! {
                            <Form method="GET" action="/desk/log" attr:class="filters" attr:role="search">
                                <div class="field">
                                    <label for="comment">{t.c.reference}</label>
                                    <input id="comment" name="comment" type="search" value=reference.clone() placeholder="C-2005-000123" />
                                </div>
                                <div class="filter-actions">
                                    <button type="submit" class="button">{t.c.apply_filter}</button>
                                    <a href="/desk/log">{t.c.clear_filter}</a>
                                </div>
                            </Form>
                            <LogTable entries=p.entries />
                            {next.map(|href| view! { <p><a href=href>{t.d.next_page}</a></p> })}
                            <section aria-labelledby="reasons-heading">
                                <h2 id="reasons-heading">{t.d.add_reason}</h2>
                                <FormError error />
                                <ActionForm action=add_reason attr:class="form">
                                    <div class="field">
                                        <label for="reason-text">{t.d.reason}</label>
                                        <input id="reason-text" name="text" type="text" maxlength="300" required=true />
                                    </div>
                                    <button type="submit" class="button">{t.d.add_reason}</button>
                                </ActionForm>
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// `/desk/accounts`: the administrator's list of accounts.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let change = ServerAction::<ChangeAccount>::new();
    let error = action_error(change);
    let key = move || {
        query.with(|q| {
            (
                q.get("q").unwrap_or_default(),
                q.get("after").and_then(|b| b.parse::<i64>().ok()),
            )
        })
    };
    let page = Resource::new(
        move || (key(), change.version().get()),
        |((q, after), _)| list_accounts(q, after),
    );
    let back = here();
    view! {
        <Title text=t.d.accounts_title />
        <h1>{t.d.accounts_title}</h1>
        <DeskNav />
        <FormError error />
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                let (q, _) = key();
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => {
                        let next = p.next_after.map(|a| format!("/desk/accounts{}", query_string(&[("q", &q), ("after", &a.to_string())])));
                        view! {
                            <Form method="GET" action="/desk/accounts" attr:class="filters" attr:role="search">
                                <div class="field">
                                    <label for="q">{t.d.search_accounts}</label>
                                    <input id="q" name="q" type="search" value=q.clone() />
                                </div>
                                <div class="filter-actions">
                                    <button type="submit" class="button">{t.c.apply_filter}</button>
                                </div>
                            </Form>
                            <table class="my-comments">
                                <caption class="visually-hidden">{t.d.accounts_title}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t.display_name}</th>
                                        <th scope="col">{t.email}</th>
                                        <th scope="col">{t.stakeholder_group}</th>
                                        <th scope="col">{t.profile_role}</th>
                                        <th scope="col">{t.d.actions}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {p.accounts.into_iter().map(|a| {
                                        view! {
                                            <tr>
                                                <td><bdi>{a.display_name.clone()}</bdi> {a.suspended.then(|| view! { " " <span class="badge status-rejected">{t.d.suspended}</span> })}</td>
                                                <td>{a.email.clone()}</td>
                                                <td>{(t.group)(a.stakeholder_group)} " · " {a.country.clone()}</td>
                                                <td>{(t.role)(a.role)}</td>
                                                <td>
                                                    <ActionForm action=change attr:class="inline-actions">
                                                        <input type="hidden" name="id" value=a.id.to_string() />
                                                        <input type="hidden" name="back" value=back />
                                                        {Role::ALL.into_iter().filter(|r| *r != a.role).map(|r| view! {
                                                            <button type="submit" name="action" value=r.code() class="link-button">{(t.d.make_role)(r)}</button> " "
                                                        }).collect_view()}
                                                        {if a.suspended {
                                                            view! { <button type="submit" name="action" value="restore" class="link-button">{t.d.restore}</button> }.into_any()
                                                        } else {
                                                            view! { <button type="submit" name="action" value="suspend" class="link-button">{t.d.suspend}</button> }.into_any()
                                                        }}
                                                        <details class="erase">
                                                            <summary>{t.d.erase}</summary>
                                                            <p class="hint">{t.d.erase_hint}</p>
                                                            <button type="submit" name="action" value="erase" class="button button-danger">{t.d.erase_confirm}</button>
                                                        </details>
                                                    </ActionForm>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            {next.map(|href| view! { <p><a href=href>{t.d.next_page}</a></p> })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
