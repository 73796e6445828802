//! Server functions for accounts: register, sign in and out, the profile.
#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per form field"
)]

use crate::domain::{AppError, Profile, Viewer};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{
        back_to, client_address, cookie, require_user, respond, set_cookie, state, throttle,
    },
    crate::backend::throttle::Action,
    crate::backend::{accounts, sessions, sign_in_guard},
    crate::domain::{ProfileForm, RegistrationForm},
};

/// Who is signed in, if anyone.
#[server(endpoint = "who_am_i")]
pub async fn who_am_i() -> Result<Option<Viewer>, AppError> {
    Ok(super::guard::current_user())
}

#[server(endpoint = "register")]
pub async fn register(
    email: String,
    password: String,
    display_name: String,
    stakeholder_group: String,
    country: String,
    organisation: String,
    capacity: String,
    // Where the person was going (a path of this site): they go back there.
    #[server(default)] next: String,
) -> Result<(), AppError> {
    respond(
        async {
            let state = state()?;
            let form = RegistrationForm {
                email,
                password,
                display_name,
                stakeholder_group,
                country,
                organisation,
                capacity,
            };
            throttle(Action::RegisterFrom, &client_address())?;
            let language = crate::app::request_locale();
            let (_, token) = accounts::register(&state.db, &form, language).await?;
            set_cookie(&sessions::cookie(&token, state.secure_cookies));
            back_to(&welcomed(&next), "/?welcome");
            Ok(())
        }
        .await,
    )
}

/// Where a newcomer lands once registered: where they were going, told that their account
/// is ready (`welcome` in the query, which the page's frame shows).
#[cfg(feature = "ssr")]
fn welcomed(next: &str) -> String {
    if next.is_empty() {
        String::new()
    } else if next.contains('?') {
        format!("{next}&welcome")
    } else {
        format!("{next}?welcome")
    }
}

#[server(endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    // Where the person was going (a path of this site): they go back there.
    #[server(default)] next: String,
) -> Result<(), AppError> {
    respond(
        async {
            let state = state()?;
            // A fresh token on every sign-in; an earlier session of this browser ends.
            if let Some(old) = cookie(sessions::SESSION_COOKIE) {
                sessions::end(&state.db, &old).await?;
            }
            let address = client_address();
            throttle(Action::SignInFrom, &address)?;
            let browser = cookie(sign_in_guard::BROWSER_COOKIE);
            let attempt = accounts::SignInAttempt {
                email: &email,
                password: &password,
                browser: browser.as_deref(),
                address: &address,
            };
            let signed_in = accounts::sign_in(&state.db, attempt, |email| {
                throttle(Action::SignInTo, email)
            })
            .await?;
            set_cookie(&sessions::cookie(&signed_in.session, state.secure_cookies));
            set_cookie(&sign_in_guard::cookie(
                &signed_in.browser,
                state.secure_cookies,
            ));
            // The owner is told of the wrong passwords given for their account meanwhile.
            if signed_in.failed_attempts > 0 {
                leptos_axum::redirect(&format!(
                    "/profile?failed_sign_ins={}",
                    signed_in.failed_attempts
                ));
            } else {
                back_to(&next, "/");
            }
            Ok(())
        }
        .await,
    )
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    respond(
        async {
            let state = state()?;
            if let Some(token) = cookie(sessions::SESSION_COOKIE) {
                sessions::end(&state.db, &token).await?;
            }
            set_cookie(&sessions::removal_cookie(state.secure_cookies));
            leptos_axum::redirect("/");
            Ok(())
        }
        .await,
    )
}

/// Ends every session of the signed-in account, on every device.
#[server(endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    respond(
        async {
            let state = state()?;
            let viewer = require_user()?;
            sessions::end_all(&state.db, viewer.id).await?;
            set_cookie(&sessions::removal_cookie(state.secure_cookies));
            leptos_axum::redirect("/");
            Ok(())
        }
        .await,
    )
}

#[server(endpoint = "my_profile")]
pub async fn my_profile() -> Result<Profile, AppError> {
    respond(
        async {
            let viewer = require_user()?;
            accounts::profile(&state()?.db, viewer.id).await
        }
        .await,
    )
}

#[server(endpoint = "update_profile")]
pub async fn update_profile(
    display_name: String,
    stakeholder_group: String,
    country: String,
    organisation: String,
    capacity: String,
) -> Result<Profile, AppError> {
    respond(
        async {
            let viewer = require_user()?;
            let form = ProfileForm {
                display_name,
                stakeholder_group,
                country,
                organisation,
                capacity,
            };
            let profile = accounts::update_profile(&state()?.db, viewer.id, &form).await?;
            leptos_axum::redirect("/profile?saved=1");
            Ok(profile)
        }
        .await,
    )
}
