//! Registering and signing in, and the profile fields registering shares with the profile.

use crate::components::{
    AuthActions, FormError, RadioGroup, SelectField, TextField, action_error, code_choices,
    country_options, field_message, group_choices, use_texts,
};
use crate::domain::validation::{
    DISPLAY_NAME_MAX_CHARS, EMAIL_MAX_CHARS, ORGANISATION_MAX_CHARS, PASSWORD_MAX_CHARS,
};
use crate::domain::{AppError, Capacity, Field, Profile};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

fn capacity_options() -> Vec<(String, String)> {
    code_choices(Capacity::ALL, Capacity::code, use_texts().capacity_name)
}

/// The email and password fields: for a new account on registering, for an existing one
/// on signing in (the browser fills in different things, and only a new password has a
/// hint).
#[component]
fn CredentialFields(error: Signal<Option<AppError>>, new_account: bool) -> impl IntoView {
    let t = use_texts();
    let (email_autocomplete, password_autocomplete) = if new_account {
        ("email", "new-password")
    } else {
        ("username", "current-password")
    };
    view! {
        <TextField
            label=t.email
            name="email"
            kind="email"
            autocomplete=email_autocomplete
            required=true
            maxlength=EMAIL_MAX_CHARS
            message=field_message(error, Field::Email)
        />
        <TextField
            label=t.password
            name="password"
            kind="password"
            autocomplete=password_autocomplete
            hint=new_account.then_some(t.password_hint)
            required=true
            maxlength=PASSWORD_MAX_CHARS
            message=field_message(error, Field::Password)
        />
    }
}

/// The fields about the person, shared by registering and the profile page: name,
/// stakeholder group, country, organisation and capacity. On the profile page they show
/// `profile`; on registering they start empty (capacity: personal) and the name has a hint.
#[component]
pub(crate) fn ProfileFields(
    error: Signal<Option<AppError>>,
    #[prop(optional)] profile: Option<Profile>,
) -> impl IntoView {
    let t = use_texts();
    let message = move |field| field_message(error, field);
    let registering = profile.is_none();
    let display_name = profile.as_ref().map(|p| p.display_name.clone());
    let group = profile
        .as_ref()
        .map(|p| p.stakeholder_group.code().to_owned())
        .unwrap_or_default();
    let country = profile
        .as_ref()
        .map(|p| p.country.clone())
        .unwrap_or_default();
    let organisation = profile
        .as_ref()
        .map(|p| p.organisation.clone().unwrap_or_default());
    let capacity = profile.map_or(Capacity::Personal, |p| p.capacity);
    view! {
        <TextField
            label=t.display_name
            name="display_name"
            autocomplete="name"
            hint=registering.then_some(t.display_name_hint)
            required=true
            maxlength=DISPLAY_NAME_MAX_CHARS
            value=display_name
            message=message(Field::DisplayName)
        />
        <SelectField
            label=t.stakeholder_group
            name="stakeholder_group"
            options=group_choices()
            required=true
            selected=group
            message=message(Field::StakeholderGroup)
        />
        <SelectField
            label=t.country
            name="country"
            options=country_options()
            hint=t.country_hint
            required=true
            selected=country
            message=message(Field::Country)
        />
        <TextField
            label=t.organisation
            name="organisation"
            autocomplete="organization"
            hint=t.organisation_hint
            maxlength=ORGANISATION_MAX_CHARS
            value=organisation
            message=message(Field::Organisation)
        />
        <RadioGroup
            legend=t.capacity
            name="capacity"
            options=capacity_options()
            checked=capacity.code()
            message=message(Field::Capacity)
        />
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let t = use_texts();
    let action = expect_context::<AuthActions>().register;
    let error = action_error(action);
    view! {
        <Title text=t.register_title />
        <h1>{t.register_title}</h1>
        <p class="lead">{t.register_intro}</p>
        <FormError error />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <NextField />
            <CredentialFields error new_account=true />
            <ProfileFields error />
            <button type="submit" class="button">
                {t.register_submit}
            </button>
        </ActionForm>
        <p>
            <A href=with_next("/sign-in")>{t.register_have_account}</A>
        </p>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let t = use_texts();
    let action = expect_context::<AuthActions>().sign_in;
    let error = action_error(action);
    let query = leptos_router::hooks::use_query_map();
    let reset = move || query.with(|q| q.get("reset").is_some());
    view! {
        <Title text=t.sign_in_title />
        <h1>{t.sign_in_title}</h1>
        {move || {
            reset()
                .then(|| {
                    view! {
                        <p class="notice" role="status">
                            {t.m.reset_done}
                        </p>
                    }
                })
        }}
        <FormError error />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <NextField />
            <CredentialFields error new_account=false />
            <button type="submit" class="button">
                {t.sign_in_submit}
            </button>
        </ActionForm>
        <p>
            <A href="/forgot-password">{t.m.forgot_link}</A>
        </p>
        <p>
            <A href=with_next("/register")>{t.sign_in_no_account}</A>
        </p>
    }
}

/// Where the person was going when they were asked to sign in or register (`?next=`, a path
/// of this site), carried through the form so that they land back there.
fn next_page() -> String {
    let query = leptos_router::hooks::use_query_map();
    query.with_untracked(|q| q.get("next").unwrap_or_default())
}

/// The form's hidden `next`.
#[component]
fn NextField() -> impl IntoView {
    view! { <input type="hidden" name="next" value=next_page() /> }
}

/// `path` with this page's `next`, so that moving between sign-in and registering keeps it.
fn with_next(path: &str) -> String {
    let next = next_page();
    if next.is_empty() {
        path.to_owned()
    } else {
        let encoded: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
        format!("{path}?next={encoded}")
    }
}

/// A link to sign in (or register) that comes back to this page afterwards.
pub(crate) fn returning_to_here(path: &str) -> String {
    let location = leptos_router::hooks::use_location();
    let pathname = location.pathname.get_untracked();
    // The router gives the query without its `?`.
    let search = location.search.get_untracked();
    let here = match search.trim_start_matches('?') {
        "" => pathname,
        query => format!("{pathname}?{query}"),
    };
    let encoded: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
    format!("{path}?next={encoded}")
}
