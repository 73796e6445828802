//! `/desk/consultations/:slug/papers/:code`: a paper's form, with the preview of its numbering.

use super::matches::Matches;
use super::translation::{LanguageSelect, TranslationList};
use crate::api::editor::{PreviewPaper, SavePaper, editor_consultation, start_paper_form};
use crate::components::{
    FieldLabel, FieldMessage, FormError, PageTitle, TextArea, TextField, action_error,
    after_refusal, field_message, use_texts,
};
use crate::domain::editor::{CODE_MAX_CHARS, PaperFormStart, TITLE_MAX_CHARS};
use crate::domain::versions::PaperPreview;
use crate::domain::{AppError, BlockKind, Field, IssueCluster, ParagraphView};
use crate::pages::desk::DeskDenied;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/desk/consultations/:slug/papers/:code` (`new` for a new paper): the paper's form.
#[component]
pub fn EditorPaperPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let key = move || {
        params.with(|p| {
            (
                p.get("slug").unwrap_or_default(),
                p.get("code").unwrap_or_default(),
            )
        })
    };
    let save = ServerAction::<SavePaper>::new();
    let preview = ServerAction::<PreviewPaper>::new();
    let error = action_error(save);
    let loaded = Resource::new(key, |(slug, _)| editor_consultation(slug));
    // Without JavaScript, "Preview" and a refused "Save" post the form and the browser
    // loads this page again: the form then comes back as it was sent, with its preview.
    let query = use_query_map();
    let after_post =
        after_refusal(query, "save_paper") || query.with_untracked(|q| q.get("preview").is_some());
    let start = Resource::new(
        move || (key(), after_post),
        |((slug, code), after_post)| async move {
            if after_post {
                start_paper_form(slug, code).await
            } else {
                Ok(PaperFormStart::default())
            }
        },
    );
    let markdown = RwSignal::new(String::new());
    let posted_preview = RwSignal::new(None::<PaperPreview>);
    let shown = Signal::derive(move || match preview.value().get() {
        Some(result) => result.ok(),
        None => posted_preview.get(),
    });
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (slug, code) = key();
                let start = start.await.unwrap_or_default();
                match loaded.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(c) => {
                        let draft = start.draft.map(|d| (d.form, d.matches));
                        posted_preview.set(start.preview);
                        let paper = c.papers.iter().find(|p| p.code == code).cloned();
                        if code != "new" && paper.is_none() {
                            return view! { <DeskDenied error=AppError::NotFound /> }.into_any();
                        }
                        let title = paper
                            .as_ref()
                            .map_or_else(
                                || t.e.new_paper.to_owned(),
                                |p| format!("{} {}", p.code, p.title),
                            );
                        markdown
                            .set(
                                draft
                                    .as_ref()
                                    .map(|(f, _)| f.markdown.clone())
                                    .or_else(|| paper.as_ref().map(|p| p.markdown.clone()))
                                    .unwrap_or_default(),
                            );
                        let has_comments = paper.as_ref().is_some_and(|p| p.comments > 0);
                        let message = move |field| field_message(error, field);
                        let cluster = draft
                            .as_ref()
                            .and_then(|(f, _)| IssueCluster::from_code(&f.cluster))
                            .or_else(|| paper.as_ref().map(|p| p.cluster))
                            .unwrap_or(IssueCluster::Infrastructure);
                        let abstract_text = draft
                            .as_ref()
                            .map(|(f, _)| f.abstract_text.clone())
                            .or_else(|| paper.as_ref().map(|p| p.abstract_text.clone()))
                            .unwrap_or_default();
                        let title_value = draft
                            .as_ref()
                            .map(|(f, _)| f.title.clone())
                            .or_else(|| paper.as_ref().map(|p| p.title.clone()))
                            .unwrap_or_default();
                        let code_value = draft
                            .as_ref()
                            .map(|(f, _)| f.code.clone())
                            .unwrap_or_default();
                        let language = draft
                            .as_ref()
                            .map(|(f, _)| f.language.clone())
                            .filter(|language| !language.is_empty())
                            .or_else(|| paper.as_ref().map(|p| p.language.clone()))
                            .unwrap_or_else(|| "en".to_owned());
                        let chosen = draft.map(|(_, m)| m).unwrap_or_default();
                        let markdown_message = message(Field::Markdown);
                        let translations = paper
                            .clone()
                            .map(|paper| view! { <TranslationList slug=slug.clone() paper /> });
                        view! {
                            <PageTitle
                                title
                                up_href=format!("/desk/consultations/{slug}")
                                up_label=c.summary.title
                            />
                            {paper
                                .as_ref()
                                .map(|p| {
                                    view! {
                                        <p>
                                            <A href=format!(
                                                "/digests/{slug}?paper={}",
                                                p.code,
                                            )>{t.g.link}</A>
                                            " · "
                                            <A href=format!(
                                                "/desk/themes/{slug}/{}",
                                                p.code,
                                            )>{t.d.th.link}</A>
                                        </p>
                                    }
                                })}
                            {has_comments
                                .then(|| view! { <p class="notice">{t.e.new_version_note}</p> })}
                            <FormError
                                error
                                ids=|f| {
                                    if f == Field::Description {
                                        Some("abstract_text")
                                    } else {
                                        f.input_id()
                                    }
                                }
                            />
                            <ActionForm
                                action=save
                                attr:class="form paper-form"
                                attr:novalidate=true
                            >
                                <input type="hidden" name="slug" value=slug.clone() />
                                <input type="hidden" name="page" value=code.clone() />
                                {match &paper {
                                    Some(p) => {
                                        view! {
                                            <input type="hidden" name="code" value=p.code.clone() />
                                            <p>
                                                <strong>{t.e.code}</strong>
                                                ": "
                                                <span class="code">{p.code.clone()}</span>
                                            </p>
                                        }
                                            .into_any()
                                    }
                                    None => {
                                        view! {
                                            <TextField
                                                label=t.e.code
                                                name="code"
                                                value=code_value
                                                hint=t.e.code_hint
                                                required=true
                                                maxlength=CODE_MAX_CHARS
                                                message=message(Field::Code)
                                            />
                                        }
                                            .into_any()
                                    }
                                }}
                                <TextField
                                    label=t.e.paper_title
                                    name="title"
                                    required=true
                                    maxlength=TITLE_MAX_CHARS
                                    value=title_value
                                    message=message(Field::Title)
                                />
                                <div class="field">
                                    <label for="abstract_text">{t.e.abstract_label}</label>
                                    <TextArea
                                        text=abstract_text
                                        attr:id="abstract_text"
                                        attr:name="abstract_text"
                                        attr:rows="3"
                                    />
                                </div>
                                <div class="field">
                                    <label for="cluster">{t.cluster}</label>
                                    <select id="cluster" name="cluster">
                                        {IssueCluster::ALL
                                            .into_iter()
                                            .map(|c| {
                                                view! {
                                                    <option value=c.code() selected=c == cluster>
                                                        {(t.cluster_name)(c)}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <LanguageSelect chosen=language />
                                <div class="field">
                                    <FieldLabel
                                        label=t.e.markdown
                                        name="markdown"
                                        hint=t.e.markdown_hint
                                    />
                                    <TextArea
                                        text=markdown.get_untracked()
                                        attr:id="markdown"
                                        attr:name="markdown"
                                        attr:rows="18"
                                        attr:required=true
                                        attr:aria-describedby="markdown-hint"
                                        attr:aria-invalid=move || {
                                            markdown_message.with(Option::is_some).to_string()
                                        }
                                        prop:value=move || markdown.get()
                                        on:input=move |ev| markdown.set(event_target_value(&ev))
                                    />
                                    <FieldMessage message=markdown_message />
                                </div>
                                <Matches shown chosen error=message(Field::Matches) />
                                <div class="actions">
                                    <button type="submit" class="button">
                                        {t.e.save_paper}
                                    </button>
                                    // Without JavaScript it posts the form to "Save"
                                    // with `preview` set: nothing is saved.
                                    <button
                                        type="submit"
                                        name="preview"
                                        value="1"
                                        formnovalidate=true
                                        class="button button-secondary"
                                        on:click={
                                            let (slug, code) = (slug.clone(), code.clone());
                                            move |ev| {
                                                ev.prevent_default();
                                                preview
                                                    .dispatch(PreviewPaper {
                                                        slug: slug.clone(),
                                                        code: code.clone(),
                                                        markdown: markdown.get_untracked(),
                                                    });
                                            }
                                        }
                                    >
                                        {t.e.preview}
                                    </button>
                                </div>
                            </ActionForm>
                            <Preview preview shown />
                            {translations}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The numbered blocks the Markdown will give, once "Preview" is pressed.
#[component]
fn Preview(
    preview: ServerAction<PreviewPaper>,
    shown: Signal<Option<PaperPreview>>,
) -> impl IntoView {
    let t = use_texts();
    move || {
        let failed = preview.value().get().and_then(Result::err);
        let result = match failed {
            Some(e) => Some(Err(e)),
            None => shown.get().map(Ok),
        };
        result.map(|result| match result {
            Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
            Ok(preview) => view! {
                <section class="preview" aria-label=t.e.preview>
                    <h2>{t.e.preview}</h2>
                    {numbered_blocks(preview.blocks)}
                </section>
            }
            .into_any(),
        })
    }
}

/// Numbered blocks as the editor lists them: headings apart, each block's number before it.
pub(super) fn numbered_blocks(blocks: Vec<ParagraphView>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|b| {
            let class = if b.kind == BlockKind::Heading {
                "preview-heading"
            } else {
                "preview-block"
            };
            view! {
                <p class=class dir="auto">
                    <span class="num">{b.number}</span>
                    " "
                    {b.text}
                </p>
            }
        })
        .collect_view()
}
