//! `/admin/accounts`: the administrator's list of accounts, with role, suspension and erasure.

use crate::api::admin::{ChangeAccount, list_accounts};
use crate::components::{FormError, action_error, query_string, use_texts};
use crate::domain::Role;
use crate::pages::desk::{DeskDenied, DeskNav, here};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// `/admin/accounts`: the administrator's list of accounts.
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
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (q, _) = key();
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => {
                        let next = p
                            .next_after
                            .map(|a| {
                                format!(
                                    "/admin/accounts{}",
                                    query_string(&[("q", &q), ("after", &a.to_string())]),
                                )
                            });
                        view! {
                            <Form
                                method="GET"
                                action="/admin/accounts"
                                attr:class="filters"
                                attr:role="search"
                            >
                                <div class="field">
                                    <label for="q">{t.d.search_accounts}</label>
                                    <input id="q" name="q" type="search" value=q.clone() />
                                </div>
                                <div class="filter-actions">
                                    <button type="submit" class="button">
                                        {t.c.apply_filter}
                                    </button>
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
                                    {p
                                        .accounts
                                        .into_iter()
                                        .map(|a| {
                                            view! {
                                                <tr>
                                                    <td>
                                                        <bdi>{a.display_name.clone()}</bdi>
                                                        {a
                                                            .suspended
                                                            .then(|| {
                                                                view! {
                                                                    " "
                                                                    <span class="badge status-rejected">{t.d.suspended}</span>
                                                                }
                                                            })}
                                                    </td>
                                                    <td>{a.email.clone()}</td>
                                                    <td>
                                                        {(t.group)(a.stakeholder_group)} " · " {a.country.clone()}
                                                    </td>
                                                    <td>{(t.role)(a.role)}</td>
                                                    <td>
                                                        <ActionForm action=change attr:class="inline-actions">
                                                            <input type="hidden" name="id" value=a.id.to_string() />
                                                            <input type="hidden" name="back" value=back />
                                                            {Role::ALL
                                                                .into_iter()
                                                                .filter(|r| *r != a.role)
                                                                .map(|r| {
                                                                    view! {
                                                                        <button
                                                                            type="submit"
                                                                            name="action"
                                                                            value=r.code()
                                                                            class="link-button"
                                                                        >
                                                                            {(t.d.make_role)(r)}
                                                                        </button>
                                                                        " "
                                                                    }
                                                                })
                                                                .collect_view()}
                                                            {if a.suspended {
                                                                view! {
                                                                    <button
                                                                        type="submit"
                                                                        name="action"
                                                                        value="restore"
                                                                        class="link-button"
                                                                    >
                                                                        {t.d.restore}
                                                                    </button>
                                                                }
                                                                    .into_any()
                                                            } else {
                                                                view! {
                                                                    <button
                                                                        type="submit"
                                                                        name="action"
                                                                        value="suspend"
                                                                        class="link-button"
                                                                    >
                                                                        {t.d.suspend}
                                                                    </button>
                                                                }
                                                                    .into_any()
                                                            }}
                                                            <details class="erase">
                                                                <summary>{t.d.erase}</summary>
                                                                <p class="hint">{t.d.erase_hint}</p>
                                                                <button
                                                                    type="submit"
                                                                    name="action"
                                                                    value="erase"
                                                                    class="button button-danger"
                                                                >
                                                                    {t.d.erase_confirm}
                                                                </button>
                                                            </details>
                                                        </ActionForm>
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
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
