//! Registering and signing in.

use crate::components::{
    AuthActions, FormError, RadioGroup, SelectField, TextField, action_error, country_options,
    field_message, group_choices, use_texts,
};
use crate::domain::validation::{
    DISPLAY_NAME_MAX_CHARS, EMAIL_MAX_CHARS, ORGANISATION_MAX_CHARS, PASSWORD_MAX_CHARS,
};
use crate::domain::{Capacity, Field};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

pub(crate) fn capacity_options() -> Vec<(String, String)> {
    let t = use_texts();
    Capacity::ALL
        .into_iter()
        .map(|c| (c.code().to_owned(), (t.capacity_name)(c).to_owned()))
        .collect()
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let t = use_texts();
    let action = expect_context::<AuthActions>().register;
    let error = action_error(action);
    let message = move |field| field_message(error, field);
    view! {
        <Title text=t.register_title />
        <h1>{t.register_title}</h1>
        <p class="lead">{t.register_intro}</p>
        <FormError error />
        <ActionForm action attr:class="form">
            <TextField
                label=t.email
                name="email"
                kind="email"
                autocomplete="email"
                required=true
                maxlength=EMAIL_MAX_CHARS
                message=message(Field::Email)
            />
            <TextField
                label=t.password
                name="password"
                kind="password"
                autocomplete="new-password"
                hint=t.password_hint
                required=true
                maxlength=PASSWORD_MAX_CHARS
                message=message(Field::Password)
            />
            <TextField
                label=t.display_name
                name="display_name"
                autocomplete="name"
                hint=t.display_name_hint
                required=true
                maxlength=DISPLAY_NAME_MAX_CHARS
                message=message(Field::DisplayName)
            />
            <SelectField
                label=t.stakeholder_group
                name="stakeholder_group"
                options=group_choices()
                required=true
                message=message(Field::StakeholderGroup)
            />
            <SelectField
                label=t.country
                name="country"
                options=country_options()
                hint=t.country_hint
                required=true
                message=message(Field::Country)
            />
            <TextField
                label=t.organisation
                name="organisation"
                autocomplete="organization"
                hint=t.organisation_hint
                maxlength=ORGANISATION_MAX_CHARS
                message=message(Field::Organisation)
            />
            <RadioGroup
                legend=t.capacity
                name="capacity"
                options=capacity_options()
                checked=Capacity::Personal.code()
                message=message(Field::Capacity)
            />
            <button type="submit" class="button">
                {t.register_submit}
            </button>
        </ActionForm>
        <p>
            <A href="/sign-in">{t.register_have_account}</A>
        </p>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let t = use_texts();
    let action = expect_context::<AuthActions>().sign_in;
    let error = action_error(action);
    view! {
        <Title text=t.sign_in_title />
        <h1>{t.sign_in_title}</h1>
        <FormError error />
        <ActionForm action attr:class="form">
            <TextField
                label=t.email
                name="email"
                kind="email"
                autocomplete="username"
                required=true
                maxlength=EMAIL_MAX_CHARS
                message=field_message(error, Field::Email)
            />
            <TextField
                label=t.password
                name="password"
                kind="password"
                autocomplete="current-password"
                required=true
                maxlength=PASSWORD_MAX_CHARS
                message=field_message(error, Field::Password)
            />
            <button type="submit" class="button">
                {t.sign_in_submit}
            </button>
        </ActionForm>
        <p>
            <A href="/register">{t.sign_in_no_account}</A>
        </p>
    }
}
