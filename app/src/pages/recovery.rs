//! The pages Consult's e-mail links open: "Forgot your password?" (`/forgot-password`),
//! choosing a new one (`/reset-password?token=…`), verifying an address
//! (`/verify-email?token=…`) and "this was not me" (`/not-me?token=…`). Each works without
//! JavaScript; none needs the person to be signed in.

use crate::api::recovery::{
    ReportNotMe, RequestPasswordReset, ResendVerification, ResetPassword, not_me_link,
    reset_link_live, verify_email,
};
use crate::components::{DateTime, FormError, TextField, action_error, field_message, use_texts};
use crate::domain::comment::NotMeComment;
use crate::domain::validation::{EMAIL_MAX_CHARS, PASSWORD_MAX_CHARS};
use crate::domain::{AppError, Field, VerifyOutcome};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

fn query_value(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || query.with(|q| q.get(name).unwrap_or_default())
}

/// `/forgot-password`: an address in, the same answer out whether or not it has an account.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let t = use_texts();
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = action_error(action);
    let sent_query = query_value("sent");
    let sent =
        move || !sent_query().is_empty() || action.value().with(|v| matches!(v, Some(Ok(()))));
    view! {
        <Title text=t.m.forgot_title />
        <h1>{t.m.forgot_title}</h1>
        {move || {
            if sent() {
                view! {
                    <p class="notice" role="status">
                        {t.m.forgot_sent}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p class="lead">{t.m.forgot_intro}</p>
                    <FormError error />
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <TextField
                            label=t.email
                            name="email"
                            kind="email"
                            autocomplete="username"
                            required=true
                            maxlength=EMAIL_MAX_CHARS
                            message=field_message(error, Field::Email)
                        />
                        <button type="submit" class="button">
                            {t.m.forgot_submit}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            }
        }}
    }
}

/// `/reset-password?token=…`: a new password for the account the link was sent to.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let t = use_texts();
    let token = query_value("token");
    let live = Resource::new(token, reset_link_live);
    let action = ServerAction::<ResetPassword>::new();
    let error = action_error(action);
    view! {
        <Title text=t.m.reset_title />
        <h1>{t.m.reset_title}</h1>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match live.await {
                    Ok(true) => {
                        view! {
                            <FormError error />
                            <ActionForm action attr:class="form" attr:novalidate=true>
                                <input type="hidden" name="token" value=token() />
                                <TextField
                                    label=t.password
                                    name="password"
                                    kind="password"
                                    autocomplete="new-password"
                                    hint=Some(t.password_hint)
                                    required=true
                                    maxlength=PASSWORD_MAX_CHARS
                                    message=field_message(error, Field::Password)
                                />
                                <button type="submit" class="button">
                                    {t.m.reset_submit}
                                </button>
                            </ActionForm>
                        }
                            .into_any()
                    }
                    Ok(false) | Err(_) => view! { <InvalidLink /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An expired, used or unknown link, and where to ask for another.
#[component]
fn InvalidLink() -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="notice" role="alert">
            {t.m.link_invalid}
        </p>
        <p>
            <A href="/forgot-password">{t.m.forgot_link}</A>
        </p>
    }
}

/// `/verify-email?token=…`: the address is verified as the page opens.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let t = use_texts();
    let token = query_value("token");
    let verified = Resource::new(token, verify_email);
    let resend = ServerAction::<ResendVerification>::new();
    view! {
        <Title text=t.m.verify_title />
        <h1>{t.m.verify_title}</h1>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match verified.await {
                    Ok(VerifyOutcome::Verified) => {
                        view! {
                            <p class="notice" role="status">
                                {t.m.verified}
                            </p>
                        }
                            .into_any()
                    }
                    Ok(VerifyOutcome::AddressChanged) => {
                        view! {
                            <p class="notice" role="status">
                                {t.m.changed_address}
                            </p>
                        }
                            .into_any()
                    }
                    _ => {
                        view! {
                            <p class="notice" role="alert">
                                {t.m.link_invalid}
                            </p>
                            <ActionForm action=resend attr:class="form" attr:novalidate=true>
                                <button type="submit" class="button button-secondary">
                                    {t.m.resend}
                                </button>
                            </ActionForm>
                            {move || {
                                resend
                                    .value()
                                    .with(|v| matches!(v, Some(Ok(()))))
                                    .then(|| view! { <p role="status">{t.m.resent}</p> })
                            }}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// `/not-me?token=…`: the comment the link is about, and the button that withdraws it.
#[component]
pub fn NotMePage() -> impl IntoView {
    let t = use_texts();
    let token = query_value("token");
    let done = query_value("done");
    let comment = Resource::new(token, |token| async move {
        if token.is_empty() {
            Err(AppError::NotFound)
        } else {
            not_me_link(token).await
        }
    });
    let action = ServerAction::<ReportNotMe>::new();
    let error = action_error(action);
    view! {
        <Title text=t.m.not_me_title />
        <h1>{t.m.not_me_title}</h1>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                if !done().is_empty() {
                    return view! {
                        <p class="notice" role="status">
                            {t.m.not_me_done}
                        </p>
                    }
                        .into_any();
                }
                match comment.await {
                    Ok(c) => view! { <NotMeForm comment=c token=token() action error /> }.into_any(),
                    Err(_) => {
                        view! {
                            <p class="notice" role="alert">
                                {t.m.link_invalid}
                            </p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn NotMeForm(
    comment: NotMeComment,
    token: String,
    action: ServerAction<ReportNotMe>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="lead">{t.m.not_me_explain}</p>
        <blockquote class="quote">
            <p>
                <span class="code">{comment.reference}</span>
                " · "
                {comment.paper_code}
                " · "
                <DateTime at=comment.submitted_at />
            </p>
            <p>{comment.excerpt}</p>
        </blockquote>
        <FormError error />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="token" value=token />
            <button type="submit" class="button">
                {t.m.not_me_submit}
            </button>
        </ActionForm>
    }
}
