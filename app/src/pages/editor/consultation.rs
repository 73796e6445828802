//! `/desk/consultations/:slug`: a consultation's form, its papers and its digest's settings.

use crate::api::digests::{SetDigestPublic, digest_is_public};
use crate::api::editor::{SaveConsultation, editor_consultation};
use crate::components::{
    FieldMessage, FormError, PageTitle, RadioChoices, RadioOption, TextArea, TextField,
    action_error, code_choices, field_message, use_texts,
};
use crate::domain::editor::{
    EditableConsultation, EditablePaper, SLUG_MAX_CHARS, TITLE_MAX_CHARS, datetime_local,
};
use crate::domain::{AppError, ConsultationStatus, Field};
use crate::pages::desk::DeskDenied;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/desk/consultations/:slug` (`new` for a new one): the consultation's form and papers.
#[component]
pub fn EditorConsultationPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let save = ServerAction::<SaveConsultation>::new();
    let error = action_error(save);
    let loaded = Resource::new(slug, |slug| async move {
        if slug == "new" {
            Ok(None)
        } else {
            editor_consultation(slug).await.map(Some)
        }
    });
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let notice = move || {
                    query
                        .with(|q| {
                            q.get("paper_saved")
                                .map(|code| (t.e.paper_saved)(&code))
                                .or_else(|| q.get("saved").map(|_| t.e.saved.to_owned()))
                        })
                };
                match loaded.await {
                    Err(e) => {
                        // Follows the address: a save redirects here with its notice.
                        view! { <DeskDenied error=e /> }
                            .into_any()
                    }
                    Ok(found) => {
                        let title = found
                            .as_ref()
                            .map_or_else(
                                || t.e.new_consultation.to_owned(),
                                |c| c.summary.title.clone(),
                            );
                        let papers = found
                            .as_ref()
                            .map(|c| (c.summary.slug.clone(), c.papers.clone()));
                        view! {
                            <PageTitle title up_href="/desk/consultations" up_label=t.e.title />
                            {move || {
                                notice()
                                    .map(|n| {
                                        view! {
                                            <p class="notice" role="status">
                                                {n}
                                            </p>
                                        }
                                    })
                            }}
                            <FormError error />
                            <ConsultationFields found action=save error />
                            {papers
                                .map(|(slug, papers)| {
                                    view! {
                                        <DigestSettings slug=slug.clone() />
                                        <PaperList slug papers />
                                    }
                                })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn ConsultationFields(
    found: Option<EditableConsultation>,
    action: ServerAction<SaveConsultation>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let t = use_texts();
    let message = move |field| field_message(error, field);
    let summary = found.map(|c| c.summary);
    let original = summary.as_ref().map(|s| s.slug.clone()).unwrap_or_default();
    let status = summary
        .as_ref()
        .map_or(ConsultationStatus::Draft, |s| s.status);
    let description = summary
        .as_ref()
        .map(|s| s.description.clone())
        .unwrap_or_default();
    let description_message = message(Field::Description);
    let status_message = message(Field::Status);
    view! {
        <ActionForm action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="original" value=original.clone() />
            {if original.is_empty() {
                view! {
                    <TextField
                        label=t.e.slug
                        name="slug"
                        hint=t.e.slug_hint
                        required=true
                        maxlength=SLUG_MAX_CHARS
                        message=message(Field::Slug)
                    />
                }
                    .into_any()
            } else {
                view! {
                    <input type="hidden" name="slug" value=original.clone() />
                    <p>
                        <strong>{t.e.slug}</strong>
                        ": "
                        <span class="code">{original.clone()}</span>
                    </p>
                }
                    .into_any()
            }}
            <TextField
                label=t.e.consultation_title
                name="title"
                required=true
                maxlength=TITLE_MAX_CHARS
                value=summary.as_ref().map(|s| s.title.clone()).unwrap_or_default()
                message=message(Field::Title)
            />
            <div class="field">
                <label for="description">{t.e.description}</label>
                <TextArea
                    text=description
                    attr:id="description"
                    attr:name="description"
                    attr:rows="4"
                    attr:aria-invalid=move || description_message.with(Option::is_some).to_string()
                />
                <FieldMessage message=description_message />
            </div>
            <TextField
                label=t.e.opens_at
                name="opens_at"
                kind="datetime-local"
                hint=t.e.utc_hint
                required=true
                value=summary.as_ref().map(|s| datetime_local(&s.opens_at)).unwrap_or_default()
                message=message(Field::OpensAt)
            />
            <TextField
                label=t.e.closes_at
                name="closes_at"
                kind="datetime-local"
                hint=t.e.utc_hint
                required=true
                value=summary.as_ref().map(|s| datetime_local(&s.closes_at)).unwrap_or_default()
                message=message(Field::ClosesAt)
            />
            <fieldset class="field" id="status">
                <legend>{t.e.status}</legend>
                <RadioChoices
                    id_prefix="status"
                    name="status"
                    options=code_choices(
                        ConsultationStatus::ALL,
                        ConsultationStatus::code,
                        t.status,
                    )
                    checked=status.code()
                />
                <FieldMessage message=status_message />
            </fieldset>
            <button type="submit" class="button">
                {t.e.save_consultation}
            </button>
        </ActionForm>
    }
}

#[component]
fn PaperList(slug: String, papers: Vec<EditablePaper>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section aria-labelledby="papers-heading">
            <h2 id="papers-heading">{t.papers}</h2>
            <ul class="cards">
                {papers
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li class="card">
                                <h3>
                                    <A href=format!("/desk/consultations/{slug}/papers/{}", p.code)>
                                        <span class="code">{p.code.clone()}</span>
                                        " "
                                        {p.title.clone()}
                                    </A>
                                </h3>
                                <p class="meta">
                                    {t.version} " " {p.version} " · "
                                    {(t.c.comment_count)(p.comments)}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <A href=format!("/desk/consultations/{slug}/papers/new") attr:class="button">
                    {t.e.new_paper}
                </A>
            </p>
        </section>
    }
}

/// Whether the consultation's digest of published comments is public, and the links to
/// read it (published only, or every comment for internal use).
#[component]
fn DigestSettings(slug: String) -> impl IntoView {
    let t = use_texts();
    let action = ServerAction::<SetDigestPublic>::new();
    let public = Resource::new(
        {
            let slug = slug.clone();
            move || (slug.clone(), action.version().get())
        },
        |(slug, _)| digest_is_public(slug),
    );
    let published = format!("/digests/{slug}");
    let internal = format!("/digests/{slug}?status=all");
    view! {
        <section aria-labelledby="digest-heading">
            <h2 id="digest-heading">{t.g.public_legend}</h2>
            <p>
                <A href=published>{t.g.link}</A>
                " · "
                <A href=internal>{t.g.all_statuses}</A>
            </p>
            <Suspense fallback=|| ()>
                {
                    let slug = slug.clone();
                    move || {
                        let slug = slug.clone();
                        Suspend::new(async move {
                            let is_public = public.await.unwrap_or(false);
                            view! {
                                <ActionForm action attr:class="form" attr:novalidate=true>
                                    <input type="hidden" name="slug" value=slug />
                                    <fieldset class="field">
                                        <legend class="visually-hidden">{t.g.public_legend}</legend>
                                        <RadioOption
                                            id="digest-public"
                                            name="public"
                                            value="1"
                                            checked=is_public
                                            label=t.g.make_public
                                        />
                                        <RadioOption
                                            id="digest-private"
                                            name="public"
                                            value="0"
                                            checked=!is_public
                                            label=t.g.keep_private
                                        />
                                    </fieldset>
                                    <button type="submit" class="button">
                                        {t.g.save_public}
                                    </button>
                                </ActionForm>
                            }
                        })
                    }
                }
            </Suspense>
        </section>
    }
}
