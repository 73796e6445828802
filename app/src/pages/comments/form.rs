//! The comment form on a paper, for a new comment or a reply.

use super::SignInNeeded;
use super::fields::CommentFields;
use crate::api::comments::{
    SubmitComment, comment_form_start, load_paper_comments, published_comment,
};
use crate::api::consultations::paper;
use crate::components::after_refusal;
use crate::components::{
    CommentCard, FormError, SubmitButton, ViewerResource, action_error, use_texts,
};
use crate::domain::AppError;
use crate::domain::comment::CommentForm;
use crate::domain::consultation::BlockKind;
use crate::pages::NotFound;
use leptos::form::FromFormData;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/consultations/:slug/papers/:code/comment?p=2.1` or `?reply_to=42`.
#[component]
pub fn CommentFormPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        params.with(|p| {
            (
                p.get("slug").unwrap_or_default(),
                p.get("code").unwrap_or_default(),
            )
        })
    };
    let text = Resource::new(key, |(slug, code)| paper(slug, code, String::new()));
    let context = Resource::new(key, |(slug, code)| {
        load_paper_comments(
            slug,
            code,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            None,
            None,
        )
    });
    let reply_to = move || query.with(|q| q.get("reply_to").and_then(|r| r.parse::<i64>().ok()));
    let parent = Resource::new(reply_to, |id| async move {
        match id {
            Some(id) => published_comment(id).await.map(Some),
            None => Ok(None),
        }
    });
    // The form's one-time token, and what was sent if the server has just refused it.
    let refused = after_refusal(query, "submit_comment");
    let start = Resource::new(
        move || (key(), reply_to(), refused),
        |((slug, code), reply_to, refused)| comment_form_start(slug, code, reply_to, refused),
    );
    let ViewerResource(viewer) = expect_context::<ViewerResource>();
    let action = ServerAction::<SubmitComment>::new();
    let error = action_error(action);
    let sending = RwSignal::new(false);
    let pending = Signal::derive(move || sending.get() || action.pending().get());
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (slug, code) = key();
                let paragraph = query.with_untracked(|q| q.get("p").unwrap_or_default());
                let start = start.await;
                match (text.await, context.await, parent.await, viewer.await) {
                    (Err(AppError::NotFound), ..) | (_, _, Err(AppError::NotFound), _) => {
                        view! { <NotFound /> }.into_any()
                    }
                    (Err(e), ..) | (_, Err(e), ..) | (_, _, Err(e), _) | (.., Err(e)) => {
                        view! { <p role="alert">{(t.error)(&e)}</p> }.into_any()
                    }
                    (Ok(v), Ok(c), Ok(parent), Ok(viewer)) => {
                        let title = match &parent {
                            Some(p) => (t.c.reply_title)(&p.reference),
                            None => (t.c.form_title)(&v.paper.code),
                        };
                        let paper_href = format!("/consultations/{slug}/papers/{code}");
                        let quoted = v
                            .paragraphs
                            .iter()
                            .find(|p| p.number == paragraph && p.kind != BlockKind::Heading)
                            .map(|p| {
                                // The paragraph commented on, its text above the form (and above
                                // the invitation to sign in that a newcomer sees first).
                                view! {
                                    <figure class="quoted-paragraph">
                                        <figcaption>{(t.paragraph_label)(&p.number)}</figcaption>
                                        <blockquote>
                                            <p>{p.text.clone()}</p>
                                        </blockquote>
                                    </figure>
                                }
                            });
                        let form = if !c.open {
                            view! {
                                <p class="notice" role="status">
                                    {t.c.closed_note}
                                </p>
                            }
                                .into_any()
                        } else if viewer.is_none() {
                            view! { <SignInNeeded /> }.into_any()
                        } else if let Err(e) = &start {
                            view! { <p role="alert">{(t.error)(e)}</p> }.into_any()
                        } else {
                            let start = start.unwrap_or_default();
                            let reply_id = parent.as_ref().map(|p| p.id.to_string());
                            let paragraphs = parent.is_none().then(|| v.paragraphs.clone());
                            let draft = start
                                .draft
                                .unwrap_or(CommentForm {
                                    paragraph: paragraph.clone(),
                                    ..CommentForm::default()
                                });
                            let limits = start.limits;
                            let files = NodeRef::<leptos::html::Input>::new();
                            let on_submit = move |ev: leptos::ev::SubmitEvent| {
                                if !chosen_files(files)
                                    && let Ok(input) = SubmitComment::from_event(&ev)
                                {
                                    ev.prevent_default();
                                    action.dispatch(input);
                                } else {
                                    sending.set(true);
                                }
                            };
                            // A multipart form that works without script, files and all.
                            // With script and no file chosen, the server function takes
                            // the fields and the page stays as typed whatever happens; with
                            // files the browser posts the form, and a refusal comes back in
                            // the URL as the server function's would, shown through `action`.
                            view! {
                                <p class="lead">{t.c.form_intro}</p>
                                <FormError error />
                                <form
                                    method="post"
                                    enctype="multipart/form-data"
                                    action=format!("/consultations/{slug}/papers/{code}/comments")
                                    class="form comment-form"
                                    novalidate
                                    on:submit=on_submit
                                >
                                    <input type="hidden" name="slug" value=slug.clone() />
                                    <input type="hidden" name="code" value=code.clone() />
                                    <input type="hidden" name="form_token" value=start.token />
                                    {reply_id
                                        .map(|id| {
                                            view! { <input type="hidden" name="reply_to" value=id /> }
                                        })}
                                    <CommentFields
                                        paragraphs
                                        tags=c.tags
                                        draft
                                        error
                                        attach=(limits, files)
                                    />
                                    <SubmitButton label=t.c.submit pending=pending />
                                </form>
                            }
                                .into_any()
                        };
                        view! {
                            <Title text=title.clone() />
                            <p class="breadcrumb">
                                <a href=paper_href>{v.paper.code.clone()} " " {v.paper.title}</a>
                            </p>
                            <h1>{title}</h1>
                            {parent.map(|p| view! { <CommentCard comment=p /> })}
                            {quoted}
                            {form}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// Whether files are chosen in the comment form's file input (never, on the server).
#[cfg(feature = "hydrate")]
fn chosen_files(input: NodeRef<leptos::html::Input>) -> bool {
    input
        .get_untracked()
        .and_then(|i| i.files())
        .is_some_and(|f| f.length() > 0)
}

#[cfg(not(feature = "hydrate"))]
fn chosen_files(_: NodeRef<leptos::html::Input>) -> bool {
    false
}
