//! The page for addresses that lead nowhere, answered with HTTP 404.

use crate::components::use_texts;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(http::StatusCode::NOT_FOUND);
    }
    let t = use_texts();
    view! {
        <Title text=t.not_found_title />
        <h1>{t.not_found_title}</h1>
        <p>{t.not_found_body}</p>
        <p>
            <A href="/">{t.not_found_home}</A>
        </p>
    }
}
