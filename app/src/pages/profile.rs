//! The signed-in person's profile: view and edit.

use super::accounts::ProfileFields;
use crate::api::accounts::my_profile;
use crate::components::{AuthActions, FormError, action_error, use_texts};
use crate::domain::AppError;
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
                            <dl class="facts">
                                <dt>{t.email}</dt>
                                <dd>{email}</dd>
                                <dt>{t.profile_role}</dt>
                                <dd>{(t.role)(role)}</dd>
                            </dl>
                            <FormError error />
                            <ActionForm action attr:class="form">
                                <ProfileFields error profile=p />
                                <button type="submit" class="button">
                                    {t.profile_save}
                                </button>
                            </ActionForm>
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
