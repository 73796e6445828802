//! The secretariat's desk, by use case: the moderation [`queue`] (with keyboard review),
//! one comment's card with its [`decisions`], one comment's page ([`item`]: retag,
//! disposition, its log) and the whole [`audit`] log; here, what they and the
//! administration's pages share: the desk's navigation, the page for those who may not see
//! it, and the address to come back to.

mod audit;
mod contributions;
mod decisions;
mod item;
#[cfg(feature = "hydrate")]
mod keyboard;
mod outcome;
mod queue;
mod themes;

pub use audit::AuditLogPage;
pub use contributions::DeskContributionsPage;
pub use item::DeskItemPage;
pub use queue::QueuePage;
pub use themes::ThemesPageView;

use crate::components::{ViewerResource, use_texts};
use crate::domain::{AppError, Role};
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// The current address, to come back to after a decision.
pub(crate) fn here() -> Signal<String> {
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
            <p>
                <A href="/sign-in">{t.nav_sign_in}</A>
            </p>
        }
        .into_any(),
        AppError::NotFound => view! { <NotFound /> }.into_any(),
        e => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
    }
}

#[component]
pub(crate) fn DeskNav() -> impl IntoView {
    let t = use_texts();
    let ViewerResource(viewer) = expect_context::<ViewerResource>();
    view! {
        <nav aria-label=t.d.desk_nav class="desk-nav">
            <A href="/desk">{t.d.queue_title}</A>
            " · "
            <A href="/desk/contributions">{t.k.desk_title}</A>
            " · "
            <A href="/desk/log">{t.d.log_title}</A>
            " · "
            <A href="/desk/consultations">{t.e.nav}</A>
            // Accounts only for those who may open them: administrators.
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    viewer
                        .await
                        .ok()
                        .flatten()
                        .filter(|v| v.role.includes(Role::Admin))
                        .map(|_| {
                            view! {
                                " · "
                                <A href="/admin/accounts">{t.d.accounts_title}</A>
                            }
                        })
                })}
            </Transition>
        </nav>
    }
}
