//! `/desk/log`: the audit log of status changes, and the list of rejection reasons.

use super::{DeskDenied, DeskNav};
use crate::api::desk::{AddRejectionReason, audit_log};
use crate::components::{
    DateTime, FilterBar, FormError, ListTable, NextLink, SearchBox, action_error, next_page_href,
    use_texts,
};
use crate::domain::desk::AuditEntry;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub(super) fn LogTable(entries: Vec<AuditEntry>) -> impl IntoView {
    let t = use_texts();
    view! {
        <ListTable
            class="my-comments log"
            caption=t.d.log_title
            columns=vec![t.d.when, t.c.reference, t.d.change, t.d.by, t.d.reason]
        >
            {entries
                .into_iter()
                .map(|e| {
                    let change = match e.from {
                        Some(from) if from == e.to => (t.c.status_name)(e.to).to_owned(),
                        Some(from) => {
                            format!("{} → {}", (t.c.status_name)(from), (t.c.status_name)(e.to))
                        }
                        None => (t.c.status_name)(e.to).to_owned(),
                    };
                    view! {
                        <tr>
                            <td>
                                <DateTime at=e.at.clone() />
                            </td>
                            <td>
                                <A href=format!(
                                    "/desk/comments/{}",
                                    e.comment_id,
                                )>{e.reference.clone()}</A>
                            </td>
                            <td>{change}</td>
                            <td>{e.actor.clone().unwrap_or_default()}</td>
                            <td>{e.reason.unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view()}
        </ListTable>
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
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (reference, _) = key();
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => {
                        let next = next_page_href(
                            "/desk/log",
                            &[("comment", &reference)],
                            "before",
                            p.next_before,
                        );
                        view! {
                            <FilterBar action="/desk/log" clear=true>
                                <SearchBox
                                    label=t.c.reference
                                    name="comment"
                                    value=reference
                                    placeholder="C-2005-000123"
                                />
                            </FilterBar>
                            <LogTable entries=p.entries />
                            <NextLink href=next label=t.d.next_page />
                            <section aria-labelledby="reasons-heading">
                                <h2 id="reasons-heading">{t.d.add_reason}</h2>
                                <FormError error />
                                <ActionForm
                                    action=add_reason
                                    attr:class="form"
                                    attr:novalidate=true
                                >
                                    <div class="field">
                                        <label for="reason-text">{t.d.reason}</label>
                                        <input
                                            id="reason-text"
                                            name="text"
                                            type="text"
                                            maxlength="300"
                                            required=true
                                        />
                                    </div>
                                    <button type="submit" class="button">
                                        {t.d.add_reason}
                                    </button>
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
