//! `/desk/themes/:slug/:code?p=2.1`: the themes of the comments on a paper (or on one of
//! its paragraphs). The secretariat runs the analysis, then names, confirms, merges and
//! splits the themes and moves comments between them; every form works without JavaScript
//! (each comes back to this page, saying what was done).

use crate::api::themes::{EditThemes, RunThemes, load_themes};
use crate::components::{FormError, PageTitle, action_error, use_texts};
use crate::domain::themes::{ThemeComment, ThemeView, ThemesPage};
use crate::pages::desk::DeskDenied;
use crate::pages::digest::GroupRegionTable;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ThemesPageView() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let query = use_query_map();
    let run = ServerAction::<RunThemes>::new();
    let edit = ServerAction::<EditThemes>::new();
    let key = move || {
        (
            params.with(|p| p.get("slug").unwrap_or_default()),
            params.with(|p| p.get("code").unwrap_or_default()),
            query.with(|q| q.get("p").unwrap_or_default()),
            run.version().get() + edit.version().get(),
        )
    };
    let page = Resource::new(key, |(slug, code, p, _)| load_themes(slug, code, p));
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match page.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(p) => view! { <Themes page=p run edit /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What the last form did, from the address it came back to (`done`).
fn done_message(done: &str) -> Option<String> {
    let t = use_texts();
    if done.is_empty() {
        return None;
    }
    let ran: Vec<u64> = done
        .strip_prefix("ran-")
        .map(|r| r.split('-').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_default();
    Some(match ran[..] {
        [proposed, kept, placed, unthemed] => (t.d.th.ran)(proposed, kept, placed, unthemed),
        _ => t.d.th.saved.to_owned(),
    })
}

#[component]
fn Themes(
    page: ThemesPage,
    run: ServerAction<RunThemes>,
    edit: ServerAction<EditThemes>,
) -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let p = page.paragraph.clone().unwrap_or_default();
    let title = match &page.paragraph {
        Some(n) => (t.d.th.title_paragraph)(&page.paper_code, n),
        None => (t.d.th.title)(&page.paper_code),
    };
    let up_href = format!(
        "/desk/consultations/{}/papers/{}",
        page.slug, page.paper_code
    );
    let error =
        Signal::derive(move || action_error(run).get().or_else(|| action_error(edit).get()));
    let done = move || query.with(|q| done_message(&q.get("done").unwrap_or_default()));
    let options = page
        .paragraphs
        .iter()
        .map(|n| {
            view! {
                <option value=n.clone() selected=*n == p>
                    {(t.d.th.paragraph_option)(n)}
                </option>
            }
        })
        .collect_view();
    let others: Vec<(i64, String)> = page
        .themes
        .iter()
        .map(|v| (v.id, v.label.clone()))
        .collect();
    let scope = (page.slug.clone(), page.paper_code.clone(), p.clone());
    let themes = page
        .themes
        .iter()
        .map(|v| view! { <ThemeCard theme=v.clone() others=others.clone() scope=scope.clone() edit /> })
        .collect_view();
    view! {
        <PageTitle title up_href up_label=format!("{} {}", page.paper_code, page.paper_title) />
        <p class="notice success" role="status" aria-live="polite">
            {done}
        </p>
        <FormError error ids=|f| f.input_id() />
        <p class="hint">{t.d.th.hint}</p>
        <ActionForm action=run attr:class="form themes-run" attr:novalidate=true>
            <input type="hidden" name="slug" value=page.slug.clone() />
            <input type="hidden" name="code" value=page.paper_code.clone() />
            <div class="field">
                <label for="paragraph">{t.d.th.scope}</label>
                <select id="paragraph" name="paragraph">
                    <option value="" selected=p.is_empty()>
                        {t.d.th.whole_paper}
                    </option>
                    {options}
                </select>
            </div>
            <div class="field checkbox">
                <input
                    type="checkbox"
                    id="internal"
                    name="internal"
                    value="1"
                    checked=page.internal
                />
                <label for="internal">{t.d.th.internal}</label>
            </div>
            <button type="submit" class="button">
                {t.d.th.run}
            </button>
        </ActionForm>
        <p>{(t.d.th.total)(page.total)}</p>
        {page.internal.then(|| view! { <p class="notice">{t.d.th.internal_note}</p> })}
        {page.themes.is_empty().then(|| view! { <p>{t.d.th.none_yet}</p> })}
        <div class="themes">{themes}</div>
        <Unthemed comments=page.unthemed scope edit />
    }
}

/// A form that changes the scope's themes: the scope, what it does and to which theme go
/// in hidden fields, its own fields and button inside.
#[component]
fn EditForm(
    edit: ServerAction<EditThemes>,
    scope: (String, String, String),
    action: &'static str,
    #[prop(optional)] theme: Option<i64>,
    children: Children,
) -> impl IntoView {
    let (slug, code, p) = scope;
    view! {
        <ActionForm action=edit attr:class="inline-actions">
            <input type="hidden" name="slug" value=slug />
            <input type="hidden" name="code" value=code />
            <input type="hidden" name="paragraph" value=p />
            <input type="hidden" name="action" value=action />
            {theme.map(|id| view! { <input type="hidden" name="theme" value=id.to_string() /> })}
            {children()}
        </ActionForm>
    }
}

fn comment_line(c: ThemeComment) -> impl IntoView {
    view! {
        <li>
            <a href=format!("/desk/comments/{}", c.id)>{c.reference}</a>
            " "
            <span lang=c.language.unwrap_or_default() dir="auto">
                {c.excerpt}
            </span>
        </li>
    }
}

#[component]
fn ThemeCard(
    theme: ThemeView,
    others: Vec<(i64, String)>,
    scope: (String, String, String),
    edit: ServerAction<EditThemes>,
) -> impl IntoView {
    let t = use_texts();
    let id = theme.id;
    let size =
        t.d.th
            .size_line(theme.size, theme.in_campaigns, theme.campaigns);
    let merge_options = others
        .into_iter()
        .filter(|(o, _)| *o != id)
        .map(|(o, label)| view! { <option value=o.to_string()>{label}</option> })
        .collect_view();
    let references = theme.references.len();
    let confirm = if theme.confirmed {
        "unconfirm"
    } else {
        "confirm"
    };
    view! {
        <section
            class="theme card"
            id=format!("theme-{id}")
            aria-labelledby=format!("theme-{id}-name")
        >
            <h2 id=format!("theme-{id}-name") dir="auto">
                {theme.label.clone()}
            </h2>
            <p>
                <strong>{if theme.confirmed { t.d.th.confirmed } else { t.d.th.proposed }}</strong>
                " · "
                {size}
            </p>
            <p class="muted">
                {t.d.th.key_terms} " " <span dir="auto">{theme.key_terms.clone()}</span>
            </p>
            <GroupRegionTable rows=theme.by_group_region.clone() caption=t.g.by_group_region />
            <h3>{t.d.th.quotes}</h3>
            <ul class="theme-quotes">
                {theme.quotes.into_iter().map(comment_line).collect_view()}
            </ul>
            <details>
                <summary>{(t.d.th.references)(references)}</summary>
                <p class="references">{listed_references(&theme.references)}</p>
            </details>
            <div class="theme-actions">
                <EditForm edit scope=scope.clone() action="rename" theme=id>
                    <label for=format!("label-{id}")>{t.d.th.name}</label>
                    <input
                        type="text"
                        id=format!("label-{id}")
                        name="label"
                        maxlength="190"
                        value=theme.label
                    />
                    <button type="submit" class="button secondary">
                        {t.d.th.save_name}
                    </button>
                </EditForm>
                <EditForm edit scope=scope.clone() action=confirm theme=id>
                    <button type="submit" class="button">
                        {if theme.confirmed { t.d.th.unconfirm } else { t.d.th.confirm }}
                    </button>
                </EditForm>
                <EditForm edit scope=scope.clone() action="split" theme=id>
                    <button type="submit" class="button secondary">
                        {t.d.th.split}
                    </button>
                </EditForm>
                <EditForm edit scope=scope.clone() action="merge" theme=id>
                    <label for=format!("into-{id}")>{t.d.th.merge_into}</label>
                    <select id=format!("into-{id}") name="into">
                        {merge_options}
                    </select>
                    <button type="submit" class="button secondary">
                        {t.d.th.merge}
                    </button>
                </EditForm>
                <EditForm edit scope action="move" theme=id>
                    <ReferenceField
                        id=format!("move-{id}")
                        label=t.d.th.move_here
                        button=t.d.th.move_here
                    />
                </EditForm>
            </div>
        </section>
    }
}

#[component]
fn Unthemed(
    comments: Vec<ThemeComment>,
    scope: (String, String, String),
    edit: ServerAction<EditThemes>,
) -> impl IntoView {
    let t = use_texts();
    let n = comments.len();
    view! {
        <section class="unthemed" aria-labelledby="unthemed-heading">
            <h2 id="unthemed-heading">{(t.d.th.unthemed)(n)}</h2>
            <p class="hint">{t.d.th.unthemed_hint}</p>
            <ul>{comments.into_iter().map(comment_line).collect_view()}</ul>
            <EditForm edit scope action="remove">
                <ReferenceField
                    id="remove-reference".to_owned()
                    label=t.d.th.remove
                    button=t.d.th.remove_button
                />
            </EditForm>
        </section>
    }
}

/// The most references a theme's card lists (the digests list them all).
const MOST_REFERENCES: usize = 500;

/// A theme's references, the first [`MOST_REFERENCES`] of them, and "…" when there are more.
fn listed_references(references: &[String]) -> String {
    let mut listed = references
        .iter()
        .take(MOST_REFERENCES)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" · ");
    if references.len() > MOST_REFERENCES {
        listed.push_str(" · …");
    }
    listed
}

/// A comment's reference to type, and the button that sends it.
#[component]
fn ReferenceField(id: String, label: &'static str, button: &'static str) -> impl IntoView {
    view! {
        <label for=id.clone()>{label}</label>
        <input type="text" id=id name="reference" placeholder="C-2026-000123" />
        <button type="submit" class="button secondary">
            {button}
        </button>
    }
}
