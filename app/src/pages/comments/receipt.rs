//! One of my comments: the receipt, the comment as submitted, and withdrawing it.

use super::{SignInNeeded, comment_id, status_class};
use crate::api::comments::{WithdrawComment, load_my_comment};
use crate::components::{
    AttachedFiles, CommentContent, ConfirmChoice, DateTime, DispositionNote, FormError, PageTitle,
    WrittenOnNote, action_error, read_at_link, use_texts,
};
use crate::domain::AppError;
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// `/my/comments/:id`: the receipt, the comment as submitted, its status, and while it is
/// pending, the links to edit or withdraw it.
#[component]
pub fn MyCommentPage() -> impl IntoView {
    let t = use_texts();
    let locale = expect_context::<crate::i18n::Locale>();
    let id = comment_id();
    let query = use_query_map();
    let withdraw = ServerAction::<WithdrawComment>::new();
    let error = action_error(withdraw);
    let comment = Resource::new(
        move || (id.get(), withdraw.version().get()),
        |(id, _)| async move {
            match id {
                Some(id) => load_my_comment(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match comment.await {
                    Err(AppError::Unauthorized) => view! { <SignInNeeded /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(c) => {
                        let reference = c.reference.clone();
                        let notice = move || {
                            query
                                .with(|q| {
                                    if q.get("received").is_some() {
                                        Some((t.c.received)(&reference))
                                    } else if q.get("saved").is_some() {
                                        Some(t.c.saved.to_owned())
                                    } else if q.get("withdrawn").is_some() {
                                        Some(t.c.withdrawn.to_owned())
                                    } else {
                                        None
                                    }
                                })
                        };
                        let title = (t.c.comment_title)(&c.reference);
                        let (read_href, read_label) = read_at_link(
                            &c.consultation_slug,
                            &c.paper_code,
                            &c.read_at,
                        );
                        let written_on = c.written_on.clone();
                        let editable = c.editable();
                        let id = c.id;
                        // Where it is read now, and, on a later version of the paper, what it
                        // was written on.
                        // Follows the address: the redirect after an edit or a withdrawal
                        // may arrive after the comment has been reloaded.
                        view! {
                            <PageTitle title up_href="/my/comments" up_label=t.c.my_title />
                            {move || {
                                notice()
                                    .map(|n| {
                                        view! {
                                            <div class="notice receipt" role="status">
                                                <p>{n}</p>
                                            </div>
                                        }
                                    })
                            }}
                            <FormError error />
                            <dl class="facts">
                                <dt>{t.c.reference}</dt>
                                <dd class="code">{c.reference.clone()}</dd>
                                <dt>{t.c.status}</dt>
                                <dd>
                                    <span class=status_class(
                                        c.status,
                                    )>{(t.c.status_name)(c.status)}</span>
                                    {c
                                        .held
                                        .then(|| {
                                            view! {
                                                " · "
                                                <strong>{t.m.waiting_verification}</strong>
                                            }
                                        })}
                                </dd>
                                {c
                                    .status_reason
                                    .clone()
                                    .map(|r| {
                                        view! {
                                            <dt>{t.c.reason}</dt>
                                            <dd>{r}</dd>
                                        }
                                    })}
                                <dt>{t.c.where_label}</dt>
                                <dd>
                                    <a href=read_href>{read_label}</a>
                                    " — "
                                    {c.paper_title.clone()}
                                    {written_on
                                        .map(|written_on| view! { <WrittenOnNote written_on /> })}
                                </dd>
                                {c
                                    .parent_reference
                                    .clone()
                                    .map(|r| {
                                        view! {
                                            <dt>{t.c.in_reply_to}</dt>
                                            <dd class="code">{r}</dd>
                                        }
                                    })}
                                <dt>{t.c.consent}</dt>
                                <dd>{(t.c.consent_name)(c.consent)}</dd>
                                {c
                                    .language
                                    .as_deref()
                                    .and_then(|code| crate::i18n::language_name(locale, code))
                                    .map(|name| {
                                        view! {
                                            <dt>{t.c.comment_language}</dt>
                                            <dd>{name}</dd>
                                        }
                                    })}
                                <dt>{t.c.submitted}</dt>
                                <dd>
                                    <DateTime at=c.submitted_at.clone() />
                                </dd>
                                {(c.revisions > 0)
                                    .then(|| {
                                        view! {
                                            <dt>{t.c.history}</dt>
                                            <dd>{(t.c.revisions)(c.revisions)}</dd>
                                        }
                                    })}
                            </dl>
                            <CommentContent
                                quote=c.quote.clone()
                                body=c.body.clone()
                                tags=c.tags.clone()
                                language=c.language.clone()
                            />
                            <AttachedFiles files=c.files.clone() />
                            {c
                                .disposition
                                .clone()
                                .map(|disposition| view! { <DispositionNote disposition /> })}
                            {editable
                                .then(|| {
                                    view! {
                                        <div class="actions">
                                            <A
                                                href=format!("/my/comments/{id}/edit")
                                                attr:class="button"
                                            >
                                                {t.c.edit}
                                            </A>
                                            <ActionForm action=withdraw attr:class="inline-form">
                                                <input type="hidden" name="id" value=id.to_string() />
                                                <ConfirmChoice
                                                    label=t.c.withdraw
                                                    hint=t.c.withdraw_hint
                                                    confirm=t.c.withdraw_confirm
                                                />
                                            </ActionForm>
                                        </div>
                                        <p class="hint">{t.c.edit_hint}</p>
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
