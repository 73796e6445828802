//! The secretariat's editor: the list of consultations (drafts included), a consultation's
//! form with its papers, and a paper's form with a preview of its numbering.

use super::desk::{DeskDenied, DeskNav};
use crate::api::digests::{SetDigestPublic, digest_is_public};
use crate::api::editor::{
    PreviewPaper, SaveConsultation, SavePaper, editor_consultation, editor_list,
};
use crate::components::{
    DateTime, FormError, TextArea, TextField, action_error, field_message, use_texts,
};
use crate::domain::editor::{
    CODE_MAX_CHARS, EditableConsultation, EditablePaper, SLUG_MAX_CHARS, TITLE_MAX_CHARS,
    datetime_local,
};
use crate::domain::versions::Fate;
use crate::domain::{AppError, BlockKind, ConsultationStatus, Field, IssueCluster};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/desk/consultations`: every consultation, drafts too.
#[component]
pub fn EditorListPage() -> impl IntoView {
    let t = use_texts();
    let list = Resource::new(|| (), |()| editor_list());
    view! {
        <Title text=t.e.title />
        <h1>{t.e.title}</h1>
        <DeskNav />
        <p>
            <A href="/desk/consultations/new" attr:class="button">
                {t.e.new_consultation}
            </A>
        </p>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match list.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(list) => {
                        view! {
                            <ul class="cards">
                                {list
                                    .into_iter()
                                    .map(|c| {
                                        view! {
                                            <li class="card">
                                                <h2 class="card-title">
                                                    <A href=format!(
                                                        "/desk/consultations/{}",
                                                        c.slug,
                                                    )>{c.title.clone()}</A>
                                                </h2>
                                                <p class="meta">
                                                    <span class=format!(
                                                        "badge badge-{}",
                                                        c.status.code(),
                                                    )>{(t.status)(c.status)}</span>
                                                    " · "
                                                    <DateTime at=c.opens_at.clone() />
                                                    " – "
                                                    <DateTime at=c.closes_at.clone() />
                                                    " · "
                                                    {(t.paper_count)(c.paper_count)}
                                                </p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

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
                            <Title text=title.clone() />
                            <p class="breadcrumb">
                                <A href="/desk/consultations">{t.e.title}</A>
                            </p>
                            <h1>{title}</h1>
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
        <ActionForm action attr:class="form">
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
                {move || {
                    description_message.get().map(|m| view! { <p class="field-error">{m}</p> })
                }}
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
            <fieldset class="field">
                <legend>{t.e.status}</legend>
                {ConsultationStatus::ALL
                    .into_iter()
                    .map(|s| {
                        let id = format!("status-{}", s.code());
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name="status"
                                    value=s.code()
                                    checked=s == status
                                />
                                <label for=id>{(t.status)(s)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
                {move || status_message.get().map(|m| view! { <p class="field-error">{m}</p> })}
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
    let markdown = RwSignal::new(String::new());
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (slug, code) = key();
                match loaded.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(c) => {
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
                            .set(paper.as_ref().map(|p| p.markdown.clone()).unwrap_or_default());
                        let has_comments = paper.as_ref().is_some_and(|p| p.comments > 0);
                        let message = move |field| field_message(error, field);
                        let cluster = paper
                            .as_ref()
                            .map_or(IssueCluster::Infrastructure, |p| p.cluster);
                        let abstract_text = paper
                            .as_ref()
                            .map(|p| p.abstract_text.clone())
                            .unwrap_or_default();
                        let markdown_message = message(Field::Markdown);
                        view! {
                            <Title text=title.clone() />
                            <p class="breadcrumb">
                                <A href=format!(
                                    "/desk/consultations/{slug}",
                                )>{c.summary.title.clone()}</A>
                            </p>
                            <h1>{title}</h1>
                            {has_comments
                                .then(|| view! { <p class="notice">{t.e.new_version_note}</p> })}
                            <FormError error />
                            <ActionForm action=save attr:class="form paper-form">
                                <input type="hidden" name="slug" value=slug.clone() />
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
                                    value=paper
                                        .as_ref()
                                        .map(|p| p.title.clone())
                                        .unwrap_or_default()
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
                                <div class="field">
                                    <label for="markdown">{t.e.markdown}</label>
                                    <p class="hint" id="markdown-hint">
                                        {t.e.markdown_hint}
                                    </p>
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
                                    {move || {
                                        markdown_message
                                            .get()
                                            .map(|m| view! { <p class="field-error">{m}</p> })
                                    }}
                                </div>
                                <Matches preview error=message(Field::Matches) />
                                <div class="actions">
                                    <button type="submit" class="button">
                                        {t.e.save_paper}
                                    </button>
                                    <button
                                        type="button"
                                        class="button button-secondary"
                                        on:click={
                                            let (slug, code) = (slug.clone(), code.clone());
                                            move |_| {
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
                            <Preview preview />
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
fn Preview(preview: ServerAction<PreviewPaper>) -> impl IntoView {
    let t = use_texts();
    move || {
        preview.value().get().map(|result| match result {
            Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
            Ok(preview) => view! {
                <section class="preview" aria-label=t.e.preview>
                    <h2>{t.e.preview}</h2>
                    {preview
                        .blocks
                        .into_iter()
                        .map(|b| {
                            let class = if b.kind == BlockKind::Heading {
                                "preview-heading"
                            } else {
                                "preview-block"
                            };
                            view! {
                                <p class=class>
                                    <span class="num">{b.number}</span>
                                    " "
                                    {b.text}
                                </p>
                            }
                        })
                        .collect_view()}
                </section>
            }
            .into_any(),
        })
    }
}

/// What becomes of each paragraph of the current version, once "Preview" is pressed: in
/// the form, so that the choices made for the uncertain matches go with "Save".
#[component]
fn Matches(preview: ServerAction<PreviewPaper>, error: Signal<Option<String>>) -> impl IntoView {
    let t = use_texts();
    move || {
        let preview = preview
            .value()
            .get()
            .and_then(Result::ok)
            .filter(|p| !p.matches.is_empty())?;
        let to_check = preview.matches.iter().filter(|m| !m.certain).count();
        let numbers: Vec<String> = preview
            .blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Heading)
            .map(|b| b.number.clone())
            .collect();
        let rows = preview
            .matches
            .into_iter()
            .filter(|m| m.fate != Fate::Unchanged || !m.certain)
            .map(|m| {
                let summary = (t.e.match_summary)(m.fate, &m.new_numbers, m.similarity_percent);
                let excerpt: String = m.old_text.chars().take(120).collect();
                let choice = (!m.certain).then(|| {
                    let id = m.old_id;
                    view! {
                        <select name="matches[]" aria-label=(t.e.match_of)(&m.old_number)>
                            <option value=format!("{id}=") selected=true>
                                {t.e.choose_match}
                            </option>
                            <option value=format!(
                                "{id}=proposed",
                            )>{(t.e.as_proposed)(&summary)}</option>
                            {numbers
                                .iter()
                                .map(|n| {
                                    view! {
                                        <option value=format!(
                                            "{id}={n}",
                                        )>{(t.e.paragraph_choice)(n)}</option>
                                    }
                                })
                                .collect_view()}
                            <option value=format!("{id}=removed")>{t.e.removed_choice}</option>
                        </select>
                    }
                });
                view! {
                    <tr class:to-check=!m.certain>
                        <th scope="row">
                            <span class="num">{m.old_number.clone()}</span>
                            " "
                            <span class="excerpt">{excerpt}</span>
                        </th>
                        <td>
                            {(!m.certain)
                                .then(|| {
                                    view! {
                                        <strong class="badge">{t.e.to_check}</strong>
                                        " "
                                    }
                                })} {summary.clone()} {choice}
                        </td>
                        <td>{m.comments}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <fieldset class="field matches">
                <legend>{t.e.matches_legend}</legend>
                <p class="hint">{(t.e.matches_hint)(to_check)}</p>
                {move || error.get().map(|m| view! { <p class="field-error">{m}</p> })}
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t.e.match_old}</th>
                            <th scope="col">{t.e.match_new}</th>
                            <th scope="col">{t.e.match_comments}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </fieldset>
        })
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
                                <ActionForm action attr:class="form">
                                    <input type="hidden" name="slug" value=slug />
                                    <fieldset class="field">
                                        <legend class="visually-hidden">{t.g.public_legend}</legend>
                                        <div class="radio">
                                            <input
                                                type="radio"
                                                id="digest-public"
                                                name="public"
                                                value="1"
                                                checked=is_public
                                            />
                                            <label for="digest-public">{t.g.make_public}</label>
                                        </div>
                                        <div class="radio">
                                            <input
                                                type="radio"
                                                id="digest-private"
                                                name="public"
                                                value="0"
                                                checked=!is_public
                                            />
                                            <label for="digest-private">{t.g.keep_private}</label>
                                        </div>
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
