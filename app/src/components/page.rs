//! Pieces of page layout several pages share: the title under its breadcrumb, a list's
//! table and its next-page link, a consultation's status and dates.

use super::use_texts;
use crate::domain::ConsultationStatus;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// The page's title, in the browser's tab and as its heading, under a breadcrumb link
/// back to the page above it.
#[component]
pub fn PageTitle(
    title: String,
    #[prop(into)] up_href: String,
    #[prop(into)] up_label: String,
) -> impl IntoView {
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb">
            <A href=up_href>{up_label}</A>
        </p>
        <h1>{title}</h1>
    }
}

/// A list's table: its caption (for screen readers), its column headings and its rows
/// (`children`).
#[component]
pub fn ListTable(
    class: &'static str,
    caption: &'static str,
    columns: Vec<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <table class=class>
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    {columns
                        .into_iter()
                        .map(|column| view! { <th scope="col">{column}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    }
}

/// The link to a list's next page, when there is one.
#[component]
pub fn NextLink(href: Option<String>, label: &'static str) -> impl IntoView {
    href.map(|href| {
        view! {
            <p>
                <a href=href>{label}</a>
            </p>
        }
    })
}

/// A consultation's status as a badge.
#[component]
pub fn ConsultationBadge(status: ConsultationStatus) -> impl IntoView {
    let t = use_texts();
    view! { <span class=format!("badge badge-{}", status.code())>{(t.status)(status)}</span> }
}

/// When a consultation opens and closes (RFC 3339 times, shown in the page's language).
#[component]
pub fn ConsultationDates(opens_at: String, closes_at: String) -> impl IntoView {
    let t = use_texts();
    view! {
        <dl class="dates">
            <dt>{t.opens}</dt>
            <dd>{(t.datetime)(&opens_at)}</dd>
            <dt>{t.closes}</dt>
            <dd>{(t.datetime)(&closes_at)}</dd>
        </dl>
    }
}
