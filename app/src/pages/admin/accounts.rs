//! `/admin/accounts`: the administrator's list of accounts, with role, suspension and erasure.

use crate::api::admin::{ChangeAccount, list_accounts};
use crate::components::{
    ChoiceButton, ConfirmChoice, FilterBar, FormError, ListTable, NextLink, SearchBox,
    ViewerResource, action_error, next_page_href, use_texts,
};
use crate::domain::Role;
use crate::pages::desk::{DeskDenied, DeskNav, here};
use leptos::prelude::*;
use leptos_meta::Title;
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
    let ViewerResource(viewer) = expect_context::<ViewerResource>();
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
                let me = viewer.await.ok().flatten().map(|v| v.id);
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => {
                        let next = next_page_href(
                            "/admin/accounts",
                            &[("q", &q)],
                            "after",
                            p.next_after,
                        );
                        view! {
                            <FilterBar action="/admin/accounts">
                                <SearchBox label=t.d.search_accounts value=q />
                            </FilterBar>
                            <ListTable
                                class="my-comments"
                                caption=t.d.accounts_title
                                columns=vec![
                                    t.display_name,
                                    t.email,
                                    t.stakeholder_group,
                                    t.profile_role,
                                    t.d.actions,
                                ]
                            >
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
                                                    {if me == Some(a.id) {
                                                        view! { <p class="hint">{t.d.own_account}</p> }.into_any()
                                                    } else {
                                                        view! {
                                                            <ActionForm action=change attr:class="inline-actions">
                                                                <input type="hidden" name="id" value=a.id.to_string() />
                                                                <input type="hidden" name="back" value=back />
                                                                {Role::ALL
                                                                    .into_iter()
                                                                    .filter(|r| *r != a.role)
                                                                    .map(|r| {
                                                                        view! {
                                                                            <ChoiceButton
                                                                                name="action"
                                                                                value=r.code()
                                                                                class="link-button"
                                                                                label=(t.d.make_role)(r)
                                                                            />
                                                                            " "
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                                {if a.suspended {
                                                                    view! {
                                                                        <ChoiceButton
                                                                            name="action"
                                                                            value="restore"
                                                                            class="link-button"
                                                                            label=t.d.restore
                                                                        />
                                                                    }
                                                                        .into_any()
                                                                } else {
                                                                    view! {
                                                                        <ConfirmChoice
                                                                            label=t.d.suspend
                                                                            hint=t.d.suspend_hint
                                                                            confirm=t.d.suspend_confirm
                                                                            name="action"
                                                                            value="suspend"
                                                                        />
                                                                    }
                                                                        .into_any()
                                                                }}
                                                                <ConfirmChoice
                                                                    label=t.d.erase
                                                                    hint=t.d.erase_hint
                                                                    confirm=t.d.erase_confirm
                                                                    name="action"
                                                                    value="erase"
                                                                />
                                                            </ActionForm>
                                                        }
                                                            .into_any()
                                                    }}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </ListTable>
                            <NextLink href=next label=t.d.next_page />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
