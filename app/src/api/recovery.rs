//! Server functions for the links Consult sends by e-mail: verifying an address, choosing a
//! new password, "this was not me", and the choice of notices.

use crate::domain::comment::NotMeComment;
use crate::domain::{AppError, VerifyOutcome};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{client_address, require_user, respond, state, throttle},
    crate::backend::accounts::recovery,
    crate::backend::comments::not_me,
    crate::backend::throttle::Action,
};

/// "Forgot your password?": the same answer whether or not an account uses the address.
/// Limited per client and per address, so that nobody floods an inbox or probes addresses.
#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    respond(
        async {
            throttle(Action::RecoverFrom, &client_address())?;
            throttle(Action::RecoverTo, &email.trim().to_lowercase())?;
            recovery::request_reset(&state()?.db, &email).await?;
            leptos_axum::redirect("/forgot-password?sent=1");
            Ok(())
        }
        .await,
    )
}

/// Sets the new password a recovery link was for, then on to sign in.
#[server(endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    respond(
        async {
            throttle(Action::RecoverFrom, &client_address())?;
            recovery::reset_password(&state()?.db, &token, &password).await?;
            leptos_axum::redirect("/sign-in?reset=1");
            Ok(())
        }
        .await,
    )
}

/// Whether a recovery link is still good (the page then shows its form).
#[server(endpoint = "reset_link_live")]
pub async fn reset_link_live(token: String) -> Result<bool, AppError> {
    respond(
        async {
            use crate::backend::account_tokens::{self, Purpose};
            Ok(account_tokens::live(&state()?.db, Purpose::Reset, &token)
                .await
                .is_ok())
        }
        .await,
    )
}

/// Verifies the address a link was sent to (a new account's, or a new address).
#[server(endpoint = "verify_email")]
pub async fn verify_email(token: String) -> Result<VerifyOutcome, AppError> {
    respond(
        async {
            // Not limited: a 256-bit token cannot be guessed, and a delegation registering
            // together behind one address verifies together.
            match recovery::verify(&state()?.db, &token).await {
                Ok(recovery::Verified::Address) => Ok(VerifyOutcome::Verified),
                Ok(recovery::Verified::NewAddress) => Ok(VerifyOutcome::AddressChanged),
                Err(AppError::NotFound) => Ok(VerifyOutcome::Invalid),
                Err(err) => Err(err),
            }
        }
        .await,
    )
}

/// The signed-in person asks to change their e-mail address (with their password).
#[server(endpoint = "request_email_change")]
pub async fn request_email_change(new_email: String, password: String) -> Result<String, AppError> {
    respond(
        async {
            let viewer = require_user()?;
            throttle(Action::RecoverTo, &format!("account-{}", viewer.id))?;
            let db = &state()?.db;
            recovery::request_email_change(db, viewer.id, &new_email, &password).await?;
            Ok(new_email.trim().to_lowercase())
        }
        .await,
    )
}

/// Sends the signed-in person's verification link again.
#[server(endpoint = "resend_verification")]
pub async fn resend_verification() -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_user()?;
            throttle(Action::RecoverTo, &format!("account-{}", viewer.id))?;
            recovery::resend_verification(&state()?.db, viewer.id).await
        }
        .await,
    )
}

/// The comment a "this was not me" link is about, for its page to show.
#[server(endpoint = "not_me_link")]
pub async fn not_me_link(token: String) -> Result<NotMeComment, AppError> {
    respond(async { not_me::comment(&state()?.db, &token).await }.await)
}

/// The owner of an address says they did not send this comment: it is withdrawn from
/// publication, flagged for the secretariat and logged.
#[server(endpoint = "report_not_me")]
pub async fn report_not_me(token: String) -> Result<(), AppError> {
    respond(
        async {
            throttle(Action::RecoverFrom, &client_address())?;
            not_me::report(&state()?.db, &token).await?;
            leptos_axum::redirect("/not-me?done=1");
            Ok(())
        }
        .await,
    )
}

/// The notices the signed-in person chooses to receive.
#[server(endpoint = "set_notices")]
pub async fn set_notices(
    // Checkboxes: present ("on") when ticked.
    outcomes: Option<String>,
    versions: Option<String>,
) -> Result<(), AppError> {
    respond(
        async {
            let viewer = require_user()?;
            let db = &state()?.db;
            recovery::set_notices(db, viewer.id, outcomes.is_some(), versions.is_some()).await?;
            leptos_axum::redirect("/profile?notices=1");
            Ok(())
        }
        .await,
    )
}
