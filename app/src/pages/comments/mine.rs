//! "My comments": the list of the signed-in author's comments.

use super::{SignInNeeded, place, status_class};
use crate::api::comments::load_my_comments;
use crate::components::{DateTime, query_string, use_texts};
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
                        let next = page
                            .next_before
                            .map(|b| {
                                format!(
                                    "/my/comments{}",
                                    query_string(&[("before", &b.to_string())]),
                                )
                            });
                        view! {
                            <p class="lead">{t.c.my_intro}</p>
                            <table class="my-comments">
                                <caption class="visually-hidden">{t.c.my_title}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t.c.reference}</th>
                                        <th scope="col">{t.c.where_label}</th>
                                        <th scope="col">{t.c.status}</th>
                                        <th scope="col">{t.c.submitted}</th>
                                    </tr>
                                </thead>
                                <tbody>
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
                                </tbody>
                            </table>
                            {next
                                .map(|href| {
                                    view! {
                                        <p>
                                            <a href=href>{t.c.older}</a>
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
