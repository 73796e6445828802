//! `/desk/consultations/:slug/papers/:code/translations/:lang`: the translation of a paper's
//! current version into a language, beside the paper's numbered blocks; refused unless its
//! blocks are the paper's, one for one.

use super::paper::numbered_blocks;
use crate::api::editor::{SaveTranslation, start_translation};
use crate::components::{
    FieldLabel, FieldMessage, FormError, PageTitle, TextArea, TextField, action_error,
    after_refusal, field_message, use_texts,
};
use crate::domain::Field;
use crate::domain::editor::{EditablePaper, TITLE_MAX_CHARS};
use crate::domain::translations::TranslationStart;
use crate::i18n::{Locale, language_name};
use crate::pages::desk::DeskDenied;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn EditorTranslationPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let key = move || {
        params.with(|p| {
            (
                p.get("slug").unwrap_or_default(),
                p.get("code").unwrap_or_default(),
                p.get("lang").unwrap_or_default(),
            )
        })
    };
    let save = ServerAction::<SaveTranslation>::new();
    let error = action_error(save);
    // Without JavaScript, a refused form comes back as it was sent.
    let refused = after_refusal(use_query_map(), "save_translation");
    let start = Resource::new(key, move |(slug, code, lang)| {
        start_translation(slug, code, lang, refused)
    });
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (slug, code, _) = key();
                match start.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(s) => view! { <TranslationForm slug code start=s error save /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn TranslationForm(
    slug: String,
    code: String,
    start: TranslationStart,
    error: Signal<Option<crate::domain::AppError>>,
    save: ServerAction<SaveTranslation>,
) -> impl IntoView {
    let t = use_texts();
    let page = expect_context::<Locale>();
    let s = start;
    let name = language_name(page, &s.language).unwrap_or(s.language.as_str());
    let title = (t.e.translation_title)(name, &code);
    let dir = Locale::from_code(&s.language).map_or("auto", Locale::dir);
    let origin = match s.from_version {
        None => t.e.translation_from_original.to_owned(),
        Some(v) if v == s.version => String::new(),
        Some(v) => (t.e.translation_from_version)(v, s.version),
    };
    let message = move |field| field_message(error, field);
    let markdown_message = message(Field::Markdown);
    let up_href = format!("/desk/consultations/{slug}/papers/{code}");
    view! {
        <PageTitle title up_href up_label=format!("{code} {}", s.paper_title) />
        <p class="hint">{t.e.translations_hint}</p>
        {(!origin.is_empty()).then(|| view! { <p class="notice">{origin}</p> })}
        <FormError
            error
            ids=|f| if f == Field::Description { Some("abstract_text") } else { f.input_id() }
        />
        <div class="translation-layout">
            <ActionForm action=save attr:class="form translation-form" attr:novalidate=true>
                <input type="hidden" name="slug" value=slug.clone() />
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="language" value=s.language.clone() />
                <input type="hidden" name="version" value=s.form.version.to_string() />
                <TextField
                    label=t.e.paper_title
                    name="title"
                    required=true
                    maxlength=TITLE_MAX_CHARS
                    value=s.form.title
                    message=message(Field::Title)
                    lang=s.language.clone()
                />
                <div class="field">
                    <label for="abstract_text">{t.e.abstract_label}</label>
                    <TextArea
                        text=s.form.abstract_text
                        attr:id="abstract_text"
                        attr:name="abstract_text"
                        attr:rows="3"
                        attr:lang=s.language.clone()
                        attr:dir=dir
                    />
                </div>
                <div class="field">
                    <FieldLabel label=t.e.markdown name="markdown" hint=t.e.markdown_hint />
                    <TextArea
                        text=s.form.markdown
                        attr:id="markdown"
                        attr:name="markdown"
                        attr:rows="24"
                        attr:required=true
                        attr:lang=s.language.clone()
                        attr:dir=dir
                        attr:aria-describedby="markdown-hint"
                        attr:aria-invalid=move || {
                            markdown_message.with(Option::is_some).to_string()
                        }
                    />
                    <FieldMessage message=markdown_message />
                </div>
                <div class="actions">
                    <button type="submit" class="button">
                        {t.e.save_translation}
                    </button>
                </div>
            </ActionForm>
            <section
                class="preview"
                aria-label=t.e.original_blocks
                lang=s.paper_language.clone()
                tabindex="0"
            >
                <h2>{t.e.original_blocks}</h2>
                {numbered_blocks(s.blocks)}
            </section>
        </div>
    }
}

/// A paper's translations on its editor page: each language other than the paper's, with
/// whether its translation is up to date, and the link to translate it; and, right after a
/// translation was saved, the news of it.
#[component]
pub(super) fn TranslationList(slug: String, paper: EditablePaper) -> impl IntoView {
    let t = use_texts();
    let page = expect_context::<Locale>();
    let saved = use_query_map().with_untracked(|q| q.get("translation_saved"));
    let saved = saved.map(|code| {
        let name = language_name(page, &code).unwrap_or_default().to_owned();
        view! {
            <p class="notice success" role="status">
                {(t.e.translation_saved)(&name)}
            </p>
        }
    });
    let rows = Locale::ALL
        .into_iter()
        .filter(|l| l.code() != paper.language)
        .map(|l| {
            let name = language_name(page, l.code()).unwrap_or(l.code());
            let status = match paper.translations.iter().find(|(code, _)| code == l.code()) {
                None => t.e.translation_none.to_owned(),
                Some((_, v)) if *v == paper.version => (t.e.translation_current)(*v),
                Some((_, v)) => (t.e.translation_outdated)(*v),
            };
            let href = format!(
                "/desk/consultations/{slug}/papers/{}/translations/{}",
                paper.code,
                l.code()
            );
            view! {
                <li>
                    <a href=href>{name}</a>
                    " · "
                    <span class="muted">{status}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        {saved}
        <section class="translations" aria-label=t.e.translations>
            <h2>{t.e.translations}</h2>
            <ul>{rows}</ul>
        </section>
    }
}

/// The choice of the language a paper's own text is written in, each named in the page's.
#[component]
pub(super) fn LanguageSelect(chosen: String) -> impl IntoView {
    let t = use_texts();
    let page = expect_context::<Locale>();
    view! {
        <div class="field">
            <label for="language">{t.e.paper_language}</label>
            <select id="language" name="language">
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        let name = language_name(page, l.code()).unwrap_or(l.code());
                        view! {
                            <option value=l.code() selected=l.code() == chosen>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
