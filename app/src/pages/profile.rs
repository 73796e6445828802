//! The signed-in person's profile: view and edit.

use super::accounts::ProfileFields;
use crate::api::accounts::my_profile;
use crate::api::recovery::{RequestEmailChange, ResendVerification, SetNotices};
use crate::components::{AuthActions, FormError, action_error, use_texts};
use crate::components::{TextField, field_message};
use crate::domain::AppError;
use crate::domain::Field;
use crate::domain::validation::{EMAIL_MAX_CHARS, PASSWORD_MAX_CHARS};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let t = use_texts();
    let action = expect_context::<AuthActions>().update_profile;
    let everywhere = expect_context::<AuthActions>().sign_out_everywhere;
    let error = action_error(action);
    let profile = Resource::new(move || action.version().get(), |_| my_profile());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved").is_some()) && error.with(Option::is_none);
    let failed_sign_ins = move || {
        query
            .with(|q| q.get("failed_sign_ins"))
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| *n > 0)
    };
    view! {
        <Title text=t.profile_title />
        <h1>{t.profile_title}</h1>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match profile.await {
                    Err(AppError::Unauthorized) => {
                        view! {
                            <p>{t.profile_sign_in_needed}</p>
                            <p>
                                <A href="/sign-in">{t.nav_sign_in}</A>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(p) => {
                        let email = p.email.clone();
                        let role = p.role;
                        let verified = p.verified;
                        let (outcomes, versions) = (p.notify_outcomes, p.notify_versions);
                        view! {
                            <p class="lead">{t.profile_intro}</p>
                            {move || {
                                saved()
                                    .then(|| {
                                        view! {
                                            <p class="notice" role="status">
                                                {t.profile_saved}
                                            </p>
                                        }
                                    })
                            }}
                            {move || {
                                failed_sign_ins()
                                    .map(|n| {
                                        view! {
                                            <p class="notice" role="alert">
                                                {(t.profile_failed_sign_ins)(n)}
                                            </p>
                                        }
                                    })
                            }}
                            {(!verified).then(|| view! { <Unverified /> })}
                            <dl class="facts">
                                <dt>{t.email}</dt>
                                <dd>{email}</dd>
                                <dt>{t.profile_role}</dt>
                                <dd>{(t.role)(role)}</dd>
                            </dl>
                            <FormError error />
                            <ActionForm action attr:class="form" attr:novalidate=true>
                                <ProfileFields error profile=p />
                                <button type="submit" class="button">
                                    {t.profile_save}
                                </button>
                            </ActionForm>
                            <Notices outcomes versions />
                            <ChangeEmail />
                            <section class="sessions" aria-labelledby="sessions-heading">
                                <h2 id="sessions-heading">{t.sign_out_everywhere}</h2>
                                <p class="hint">{t.sign_out_everywhere_hint}</p>
                                <ActionForm action=everywhere>
                                    <button type="submit" class="button button-secondary">
                                        {t.sign_out_everywhere}
                                    </button>
                                </ActionForm>
                            </section>
                            <section class="my-data" aria-labelledby="my-data-heading">
                                <h2 id="my-data-heading">{t.my_data}</h2>
                                <p class="hint">{t.my_data_hint}</p>
                                <p>
                                    <a href="/my/data.json" download rel="external">
                                        {t.my_data_link}
                                    </a>
                                </p>
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The address is not confirmed yet: what that means, and the link sent again.
#[component]
fn Unverified() -> impl IntoView {
    let t = use_texts();
    let resend = ServerAction::<ResendVerification>::new();
    view! {
        <div class="notice" role="status">
            <p>{t.m.unverified_notice}</p>
            <ActionForm action=resend>
                <button type="submit" class="button button-secondary">
                    {t.m.resend}
                </button>
            </ActionForm>
            {move || {
                resend
                    .value()
                    .with(|v| matches!(v, Some(Ok(()))))
                    .then(|| view! { <p>{t.m.resent}</p> })
            }}
        </div>
    }
}

/// The e-mail notices the person chooses (receipts and security messages always come).
#[component]
fn Notices(outcomes: bool, versions: bool) -> impl IntoView {
    let t = use_texts();
    let action = ServerAction::<SetNotices>::new();
    let query = use_query_map();
    let saved = move || {
        query.with(|q| q.get("notices").is_some())
            || action.value().with(|v| matches!(v, Some(Ok(()))))
    };
    view! {
        <section class="notices" aria-labelledby="notices-heading">
            <h2 id="notices-heading">{t.m.notices_legend}</h2>
            <p class="hint">{t.m.notices_hint}</p>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <div class="choice">
                    <input type="checkbox" id="notify-outcomes" name="outcomes" checked=outcomes />
                    <label for="notify-outcomes">{t.m.notify_outcomes}</label>
                </div>
                <div class="choice">
                    <input type="checkbox" id="notify-versions" name="versions" checked=versions />
                    <label for="notify-versions">{t.m.notify_versions}</label>
                </div>
                <button type="submit" class="button button-secondary">
                    {t.m.notices_submit}
                </button>
            </ActionForm>
            {move || saved().then(|| view! { <p role="status">{t.m.notices_saved}</p> })}
        </section>
    }
}

/// A new e-mail address: it takes effect once the link sent to it is followed.
#[component]
fn ChangeEmail() -> impl IntoView {
    let t = use_texts();
    let action = ServerAction::<RequestEmailChange>::new();
    let error = action_error(action);
    view! {
        <section class="change-email" aria-labelledby="change-email-heading">
            <h2 id="change-email-heading">{t.m.change_legend}</h2>
            <FormError
                error
                ids=|f| if f == Field::Email { Some("new_email") } else { f.input_id() }
            />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <TextField
                    label=t.m.change_new_email
                    name="new_email"
                    kind="email"
                    autocomplete="email"
                    required=true
                    maxlength=EMAIL_MAX_CHARS
                    message=field_message(error, Field::Email)
                />
                <TextField
                    label=t.m.change_password
                    name="password"
                    kind="password"
                    autocomplete="current-password"
                    required=true
                    maxlength=PASSWORD_MAX_CHARS
                    message=field_message(error, Field::Password)
                />
                <button type="submit" class="button button-secondary">
                    {t.m.change_submit}
                </button>
            </ActionForm>
            {move || {
                action
                    .value()
                    .with(|v| match v {
                        Some(Ok(new)) => Some((t.m.change_sent)(new)),
                        _ => None,
                    })
                    .map(|sent| view! { <p role="status">{sent}</p> })
            }}
        </section>
    }
}
