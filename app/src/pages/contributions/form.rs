//! `/consultations/:slug/contribute`: the contribution form. A plain multipart form that
//! posts to the server itself (no JavaScript needed, none used): the server answers with
//! the contribution's page, or brings the form back as sent with what was wrong, field
//! by field and file by file, summarised at the top with links to each field.

use crate::api::contributions::start_contribution;
use crate::components::{ConsentField, ErrorSummary, FieldLabel, TextArea, use_texts};
use crate::domain::contributions::{
    ContributionForm, FileKind, FormProblem, MAX_SUMMARY, MAX_TITLE,
};
use crate::domain::{AppError, Field};
use crate::pages::NotFound;
use crate::pages::accounts::returning_to_here;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ContributeFormPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let form = Resource::new(slug, start_contribution);
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match form.await {
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! {
                            <Title text=t.k.form_title />
                            <h1>{t.k.form_title}</h1>
                            <p>{t.k.sign_in_needed}</p>
                            <p>
                                <A href=returning_to_here("/sign-in")>{t.nav_sign_in}</A>
                                " · "
                                <A href=returning_to_here("/register")>{t.nav_register}</A>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(f) => view! { <Form form=f /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Where a problem is shown: the id of its field.
fn field_id(problem: &FormProblem) -> &'static str {
    match problem {
        FormProblem::Field(Field::Title, _) => "title",
        FormProblem::Field(Field::Description, _) => "summary",
        FormProblem::Field(Field::Code, _) => "paper",
        FormProblem::Field(Field::Paragraph, _) => "paragraphs",
        FormProblem::Field(Field::Consent, _) => "consent-name_and_organisation",
        _ => "files",
    }
}

#[component]
fn Form(form: ContributionForm) -> impl IntoView {
    let t = use_texts();
    let f = form;
    let problems = f.draft.problems.clone();
    let message = |problem: &FormProblem| match problem {
        FormProblem::Field(_, p) => (t.problem)(p),
        FormProblem::File { name, refusal } => (t.k.refusal)(name, *refusal),
    };
    let messages_for = |id: &'static str| {
        problems
            .iter()
            .filter(|p| field_id(p) == id)
            .map(message)
            .collect::<Vec<_>>()
    };
    let summary = (!f.draft.problems.is_empty()).then(|| {
        let items = f
            .draft
            .problems
            .iter()
            .map(|p| (Some(field_id(p)), message(p)))
            .collect();
        view! { <ErrorSummary items /> }
    });
    let field_errors = |id: &'static str| {
        let list = messages_for(id);
        (!list.is_empty()).then(|| {
            view! {
                <p class="field-error" id=format!("{id}-error")>
                    {list.join(" ")}
                </p>
            }
            .into_any()
        })
    };
    let invalid = |id: &'static str| (!messages_for(id).is_empty()).to_string();
    let title = (t.k.form_heading)(&f.consultation_title);
    let accept = FileKind::accept_attribute();
    let papers = f
        .papers
        .into_iter()
        .map(|(code, paper_title)| {
            let selected = code.eq_ignore_ascii_case(&f.draft.paper);
            view! {
                <option value=code selected=selected>
                    {code.clone()}
                    " "
                    {paper_title}
                </option>
            }
        })
        .collect_view();
    let max_mb = f.limits.max_file / (1024 * 1024);
    let consent_errors = field_errors("consent-name_and_organisation");
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb">
            <A href=format!("/consultations/{}", f.slug)>{f.consultation_title.clone()}</A>
        </p>
        <h1>{title}</h1>
        <p class="lead">{t.k.form_intro}</p>
        {(!f.open)
            .then(|| {
                view! {
                    <p class="notice" role="status">
                        {t.k.closed}
                    </p>
                }
            })}
        {summary}
        <form
            method="post"
            enctype="multipart/form-data"
            action=format!("/consultations/{}/contributions", f.slug)
            novalidate
            class="form contribution-form"
        >
            <input type="hidden" name="token" value=f.token />
            <div class="field">
                <FieldLabel label=t.k.title name="title" required=true />
                <input
                    id="title"
                    name="title"
                    type="text"
                    maxlength=MAX_TITLE.to_string()
                    value=f.draft.title
                    aria-invalid=invalid("title")
                    aria-describedby="title-error"
                />
                {field_errors("title")}
            </div>
            <div class="field">
                <FieldLabel label=t.k.summary name="summary" required=true hint=t.k.summary_hint />
                <TextArea
                    text=f.draft.summary
                    attr:id="summary"
                    attr:name="summary"
                    attr:rows="5"
                    attr:maxlength=MAX_SUMMARY.to_string()
                    attr:aria-invalid=invalid("summary")
                    attr:aria-describedby="summary-hint summary-error"
                />
                {field_errors("summary")}
            </div>
            <div class="field">
                <FieldLabel label=t.k.files name="files" required=true />
                <p class="hint" id="files-hint">
                    {(t.k.files_hint)(f.limits.max_files, max_mb)}
                </p>
                <input
                    id="files"
                    name="files"
                    type="file"
                    multiple
                    accept=accept
                    aria-invalid=invalid("files")
                    aria-describedby="files-hint files-error"
                />
                {field_errors("files")}
            </div>
            <div class="field">
                <FieldLabel label=t.k.paper name="paper" hint=t.k.paper_hint />
                <select id="paper" name="paper" aria-describedby="paper-hint paper-error">
                    <option value="">{t.k.no_paper}</option>
                    {papers}
                </select>
                {field_errors("paper")}
            </div>
            <div class="field">
                <FieldLabel label=t.k.paragraphs name="paragraphs" hint=t.k.paragraphs_hint />
                <input
                    id="paragraphs"
                    name="paragraphs"
                    type="text"
                    inputmode="decimal"
                    maxlength="200"
                    value=f.draft.paragraphs
                    aria-invalid=invalid("paragraphs")
                    aria-describedby="paragraphs-hint paragraphs-error"
                />
                {field_errors("paragraphs")}
            </div>
            <ConsentField checked=f.draft.consent>{consent_errors}</ConsentField>
            <button type="submit" class="button primary">
                {t.k.submit}
            </button>
        </form>
    }
}
