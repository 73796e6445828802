//! "My comments": the list of the signed-in author's comments.

use super::{SignInNeeded, place, status_class};
use crate::api::comments::load_my_comments;
use crate::components::{DateTime, ListTable, NextLink, next_page_href, use_texts};
use crate::domain::AppError;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// `/my/comments`: every comment of the signed-in author, newest first.
#[component]
pub fn MyCommentsPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let before = move || query.with(|q| q.get("before").and_then(|b| b.parse::<i64>().ok()));
    let page = Resource::new(before, load_my_comments);
    view! {
        <Title text=t.c.my_title />
        <h1>{t.c.my_title}</h1>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match page.await {
                    Err(AppError::Unauthorized) => view! { <SignInNeeded /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(page) if page.comments.is_empty() => {
                        view! { <p>{t.c.my_none}</p> }.into_any()
                    }
                    Ok(page) => {
                        let next = next_page_href("/my/comments", &[], "before", page.next_before);
                        view! {
                            <p class="lead">{t.c.my_intro}</p>
                            <ListTable
                                class="my-comments"
                                caption=t.c.my_title
                                columns=vec![
                                    t.c.reference,
                                    t.c.where_label,
                                    t.c.status,
                                    t.c.submitted,
                                ]
                            >
                                {page
                                    .comments
                                    .into_iter()
                                    .map(|c| {
                                        let where_ = place(&c);
                                        view! {
                                            <tr>
                                                <td>
                                                    <A href=format!(
                                                        "/my/comments/{}",
                                                        c.id,
                                                    )>{c.reference.clone()}</A>
                                                </td>
                                                <td>{where_}</td>
                                                <td>
                                                    <span class=status_class(
                                                        c.status,
                                                    )>{(t.c.status_name)(c.status)}</span>
                                                    {c
                                                        .status_reason
                                                        .clone()
                                                        .map(|r| {
                                                            view! {
                                                                <br />
                                                                <span class="muted">{t.c.reason} ": " {r}</span>
                                                            }
                                                        })}
                                                </td>
                                                <td>
                                                    <DateTime at=c.submitted_at />
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </ListTable>
                            <NextLink href=next label=t.c.older />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
