//! The stakeholder's side of commenting: the comment form (new, reply, edit), the receipt,
//! and "My comments".

use crate::api::comments::{
    EditComment, SubmitComment, WithdrawComment, load_my_comment, load_my_comments,
    load_paper_comments, published_comment,
};
use crate::api::consultations::paper;
use crate::components::{
    CommentBody, CommentCard, DateTime, FormError, TagList, TextArea, ViewerResource, action_error,
    field_message, query_string, tag_name, use_texts,
};
use crate::domain::comment::{
    BODY_MAX_CHARS, CommentStatus, Consent, MAX_TAGS, MyComment, QUOTE_MAX_CHARS, TagView,
};
use crate::domain::{AppError, BlockKind, Field, IssueCluster, ParagraphView};
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// What the form starts with: empty for a new comment, the comment for an edit.
#[derive(Clone, Debug, Default)]
struct Draft {
    paragraph: String,
    quote: String,
    body: String,
    tags: Vec<String>,
    consent: String,
}

/// The fields of a comment, shared by the new-comment and the edit forms.
#[component]
fn CommentFields(
    /// `None` for a reply, which sits where its parent does.
    paragraphs: Option<Vec<ParagraphView>>,
    tags: Vec<TagView>,
    draft: Draft,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let t = use_texts();
    let message = move |field| field_message(error, field);
    let body_message = message(Field::Body);
    let quote_message = message(Field::Quote);
    let tags_message = message(Field::Tags);
    let consent_message = message(Field::Consent);
    let paragraph_message = message(Field::Paragraph);
    let paragraph_field = paragraphs.map(|paragraphs| {
        let selected = draft.paragraph.clone();
        view! {
            <div class="field">
                <label for="paragraph">{t.c.paragraph}</label>
                <p class="hint" id="paragraph-hint">{t.c.paragraph_hint}</p>
                <select
                    id="paragraph"
                    name="paragraph"
                    aria-describedby="paragraph-hint"
                    aria-invalid=move || paragraph_message.with(Option::is_some).to_string()
                >
                    <option value="" selected=selected.is_empty()>{t.c.whole_paper}</option>
                    {paragraphs
                        .into_iter()
                        .filter(|p| p.kind != BlockKind::Heading)
                        .map(|p| {
                            let excerpt: String = p.text.chars().take(70).collect();
                            let more = if p.text.chars().count() > 70 { "…" } else { "" };
                            let is_selected = p.number == selected;
                            view! {
                                <option value=p.number.clone() selected=is_selected>
                                    {format!("{} — {excerpt}{more}", p.number)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                {move || paragraph_message.get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
        }
    });
    let checked = draft.tags.clone();
    let tag_groups = IssueCluster::ALL
        .into_iter()
        .filter_map(|cluster| {
            let in_cluster: Vec<&TagView> = tags.iter().filter(|tag| tag.cluster == cluster).collect();
            (!in_cluster.is_empty()).then(|| {
                view! {
                    <div class="tag-group">
                        <p class="tag-cluster">{(t.cluster_name)(cluster)}</p>
                        {in_cluster
                            .into_iter()
                            .map(|tag| {
                                let id = format!("tag-{}", tag.slug);
                                let is_checked = checked.contains(&tag.slug);
                                view! {
                                    <div class="checkbox">
                                        <input type="checkbox" id=id.clone() name="tags[]" value=tag.slug.clone() checked=is_checked />
                                        <label for=id>{tag_name(tag)}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                }
            })
        })
        .collect_view();
    let consent = if draft.consent.is_empty() {
        Consent::NameAndOrganisation.code().to_owned()
    } else {
        draft.consent.clone()
    };
    view! {
        {paragraph_field}
        <div class="field">
            <label for="quote">{t.c.quote}</label>
            <p class="hint" id="quote-hint">{t.c.quote_hint}</p>
            <TextArea
                text=draft.quote.clone()
                attr:id="quote"
                attr:name="quote"
                attr:rows="2"
                attr:maxlength=QUOTE_MAX_CHARS.to_string()
                attr:aria-describedby="quote-hint"
                attr:aria-invalid=move || quote_message.with(Option::is_some).to_string()
            />
            {move || quote_message.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </div>
        <div class="field">
            <label for="body">
                {t.c.body} " " <span class="required">{t.required_mark}</span>
            </label>
            <p class="hint" id="body-hint">{t.c.body_hint}</p>
            <TextArea
                text=draft.body.clone()
                attr:id="body"
                attr:name="body"
                attr:rows="10"
                attr:required=true
                attr:maxlength=BODY_MAX_CHARS.to_string()
                attr:aria-describedby=move || {
                    if body_message.with(Option::is_some) { "body-hint body-error" } else { "body-hint" }
                }
                attr:aria-invalid=move || body_message.with(Option::is_some).to_string()
            />
            {move || body_message.get().map(|m| view! { <p class="field-error" id="body-error">{m}</p> })}
        </div>
        <fieldset class="field" aria-describedby="tags-hint">
            <legend>{(t.c.tags_legend)(MAX_TAGS)}</legend>
            <p class="hint" id="tags-hint">{t.c.tags_hint}</p>
            {tag_groups}
            {move || tags_message.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </fieldset>
        <fieldset class="field" aria-describedby="consent-hint">
            <legend>
                {t.c.consent} " " <span class="required">{t.required_mark}</span>
            </legend>
            <p class="hint" id="consent-hint">{t.c.consent_hint}</p>
            {Consent::ALL
                .into_iter()
                .map(|c| {
                    let id = format!("consent-{}", c.code());
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name="consent" value=c.code() checked=consent == c.code() />
                            <label for=id>{(t.c.consent_name)(c)}</label>
                        </div>
                    }
                })
                .collect_view()}
            {move || consent_message.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </fieldset>
    }
}

/// Sign-in prompt for pages that need an account.
#[component]
fn SignInNeeded() -> impl IntoView {
    let t = use_texts();
    view! {
        <p>{t.c.sign_in_to_comment}</p>
        <p>
            <A href="/sign-in">{t.nav_sign_in}</A> " · " <A href="/register">{t.nav_register}</A>
        </p>
    }
}

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
    let text = Resource::new(key, |(slug, code)| paper(slug, code));
    let context = Resource::new(key, |(slug, code)| {
        load_paper_comments(
            slug,
            code,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
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
    let ViewerResource(viewer) = expect_context::<ViewerResource>();
    let action = ServerAction::<SubmitComment>::new();
    let error = action_error(action);
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                let (slug, code) = key();
                let paragraph = query.with_untracked(|q| q.get("p").unwrap_or_default());
                match (text.await, context.await, parent.await, viewer.await) {
                    (Err(AppError::NotFound), ..) | (_, _, Err(AppError::NotFound), _) => view! { <NotFound /> }.into_any(),
                    (Err(e), ..) | (_, Err(e), ..) | (_, _, Err(e), _) | (.., Err(e)) => {
                        view! { <p role="alert">{(t.error)(&e)}</p> }.into_any()
                    }
                    (Ok(v), Ok(c), Ok(parent), Ok(viewer)) => {
                        let title = match &parent {
                            Some(p) => (t.c.reply_title)(&p.reference),
                            None => (t.c.form_title)(&v.paper.code),
                        };
                        let paper_href = format!("/consultations/{slug}/papers/{code}");
                        let form = if !c.open {
                            view! { <p class="notice" role="status">{t.c.closed_note}</p> }.into_any()
                        } else if viewer.is_none() {
                            view! { <SignInNeeded /> }.into_any()
                        } else {
                            let reply_id = parent.as_ref().map(|p| p.id.to_string());
                            let paragraphs = parent.is_none().then(|| v.paragraphs.clone());
                            view! {
                                <p class="lead">{t.c.form_intro}</p>
                                <FormError error />
                                <ActionForm action attr:class="form comment-form">
                                    <input type="hidden" name="slug" value=slug.clone() />
                                    <input type="hidden" name="code" value=code.clone() />
                                    {reply_id.map(|id| view! { <input type="hidden" name="reply_to" value=id /> })}
                                    <CommentFields
                                        paragraphs
                                        tags=c.tags.clone()
                                        draft=Draft { paragraph: paragraph.clone(), ..Draft::default() }
                                        error
                                    />
                                    <button type="submit" class="button">{t.c.submit}</button>
                                </ActionForm>
                            }
                                .into_any()
                        };
                        view! {
                            <Title text=title.clone() />
                            <p class="breadcrumb">
                                <a href=paper_href>{v.paper.code.clone()} " " {v.paper.title.clone()}</a>
                            </p>
                            <h1>{title}</h1>
                            {parent.map(|p| view! { <CommentCard comment=p /> })}
                            {form}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

fn status_class(status: CommentStatus) -> String {
    format!("badge status-{}", status.code())
}

/// Where a comment is: "WP-ROOT, paragraph 2.1".
fn place(c: &MyComment) -> String {
    let t = use_texts();
    match &c.paragraph_number {
        Some(n) => format!("{}, {}", c.paper_code, (t.paragraph_label)(n)),
        None => format!("{}, {}", c.paper_code, t.c.whole_paper),
    }
}

/// `/my/comments`: every comment of the signed-in author, newest first.
#[component]
pub fn MyCommentsPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map();
    let before = move || query.with(|q| q.get("before").and_then(|b| b.parse::<i64>().ok()));
    let page = Resource::new(before, load_my_comments);
    view! {
        <Title text=t.c.my_title />
        <h1>{t.c.my_title}</h1>
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Err(AppError::Unauthorized) => view! { <SignInNeeded /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(page) if page.comments.is_empty() => view! { <p>{t.c.my_none}</p> }.into_any(),
                    Ok(page) => {
                        let next = page.next_before.map(|b| format!("/my/comments{}", query_string(&[("before", &b.to_string())])));
                        view! {
                            <p class="lead">{t.c.my_intro}</p>
                            <table class="my-comments">
                                <caption class="visually-hidden">{t.c.my_title}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t.c.reference}</th>
                                        <th scope="col">{t.c.where_label}</th>
                                        <th scope="col">{t.c.status}</th>
                                        <th scope="col">{t.c.submitted}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {page
                                        .comments
                                        .into_iter()
                                        .map(|c| {
                                            let where_ = place(&c);
                                            view! {
                                                <tr>
                                                    <td><A href=format!("/my/comments/{}", c.id)>{c.reference.clone()}</A></td>
                                                    <td>{where_}</td>
                                                    <td>
                                                        <span class=status_class(c.status)>{(t.c.status_name)(c.status)}</span>
                                                        {c.status_reason.clone().map(|r| view! { <br /> <span class="muted">{t.c.reason} ": " {r}</span> })}
                                                    </td>
                                                    <td><DateTime at=c.submitted_at.clone() /></td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                            {next.map(|href| view! { <p><a href=href>{t.c.older}</a></p> })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

fn comment_id() -> Memo<Option<i64>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())))
}

/// `/my/comments/:id`: the receipt, the comment as submitted, its status, and while it is
/// pending, the links to edit or withdraw it.
#[component]
pub fn MyCommentPage() -> impl IntoView {
    let t = use_texts();
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
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match comment.await {
                    Err(AppError::Unauthorized) => view! { <SignInNeeded /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(c) => {
                        // Follows the address: the redirect after an edit or a withdrawal
                        // may arrive after the comment has been reloaded.
                        let reference = c.reference.clone();
                        let notice = move || {
                            query.with(|q| {
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
                        let paper_href = format!("/consultations/{}/papers/{}", c.consultation_slug, c.paper_code);
                        let editable = c.editable();
                        let id = c.id;
                        view! {
                            <Title text=title.clone() />
                            <p class="breadcrumb"><A href="/my/comments">{t.c.my_title}</A></p>
                            <h1>{title}</h1>
                            {move || notice().map(|n| view! { <div class="notice receipt" role="status"><p>{n}</p></div> })}
                            <FormError error />
                            <dl class="facts">
                                <dt>{t.c.reference}</dt>
                                <dd class="code">{c.reference.clone()}</dd>
                                <dt>{t.c.status}</dt>
                                <dd><span class=status_class(c.status)>{(t.c.status_name)(c.status)}</span></dd>
                                {c.status_reason.clone().map(|r| view! { <dt>{t.c.reason}</dt> <dd>{r}</dd> })}
                                <dt>{t.c.where_label}</dt>
                                <dd><a href=paper_href>{place(&c)}</a> " — " {c.paper_title.clone()}</dd>
                                {c.parent_reference.clone().map(|r| view! { <dt>{t.c.in_reply_to}</dt> <dd class="code">{r}</dd> })}
                                <dt>{t.c.consent}</dt>
                                <dd>{(t.c.consent_name)(c.consent)}</dd>
                                <dt>{t.c.submitted}</dt>
                                <dd><DateTime at=c.submitted_at.clone() /></dd>
                                {(c.revisions > 0).then(|| view! { <dt>{t.c.history}</dt> <dd>{(t.c.revisions)(c.revisions)}</dd> })}
                            </dl>
                            {c.quote.clone().map(|q| view! { <blockquote class="quote" aria-label=t.c.quoted><p>{q}</p></blockquote> })}
                            <CommentBody body=c.body.clone() />
                            <TagList tags=c.tags.clone() />
                            {editable.then(|| view! {
                                <div class="actions">
                                    <A href=format!("/my/comments/{id}/edit") attr:class="button">{t.c.edit}</A>
                                    <ActionForm action=withdraw attr:class="inline-form">
                                        <input type="hidden" name="id" value=id.to_string() />
                                        <button type="submit" class="button button-secondary">{t.c.withdraw}</button>
                                    </ActionForm>
                                </div>
                                <p class="hint">{t.c.edit_hint}</p>
                            })}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// `/my/comments/:id/edit`: the form again, filled in, while the comment is pending.
#[component]
pub fn EditCommentPage() -> impl IntoView {
    let t = use_texts();
    let id = comment_id();
    // The comment, its paper (for the paragraph list) and the taxonomy, loaded together
    // on the server so that the browser hydrates with the same data.
    let loaded = Resource::new(
        move || id.get(),
        |id| async move {
            let c = load_my_comment(id.ok_or(AppError::NotFound)?).await?;
            let v = paper(c.consultation_slug.clone(), c.paper_code.clone()).await?;
            let ctx = load_paper_comments(
                c.consultation_slug.clone(),
                c.paper_code.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                None,
            )
            .await?;
            Ok::<_, AppError>((c, v, ctx))
        },
    );
    let action = ServerAction::<EditComment>::new();
    let error = action_error(action);
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                let (c, v, ctx) = match loaded.await {
                    Err(AppError::Unauthorized) => return view! { <SignInNeeded /> }.into_any(),
                    Err(AppError::NotFound) => return view! { <NotFound /> }.into_any(),
                    Err(e) => return view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(loaded) => loaded,
                };
                let title = (t.c.edit_title)(&c.reference);
                let back = format!("/my/comments/{}", c.id);
                if !c.editable() {
                    return view! {
                        <Title text=title.clone() />
                        <h1>{title}</h1>
                        <p class="notice" role="status">{(t.problem)(&crate::domain::Problem::NotEditable)}</p>
                        <p><A href=back>{t.c.back_to_comment}</A></p>
                    }
                        .into_any();
                }
                let draft = Draft {
                    paragraph: c.paragraph_number.clone().unwrap_or_default(),
                    quote: c.quote.clone().unwrap_or_default(),
                    body: c.body.clone(),
                    tags: c.tags.iter().map(|tag| tag.slug.clone()).collect(),
                    consent: c.consent.code().to_owned(),
                };
                let paragraphs = c.parent_reference.is_none().then(|| v.paragraphs.clone());
                view! {
                    <Title text=title.clone() />
                    <p class="breadcrumb"><A href=back.clone()>{t.c.back_to_comment}</A></p>
                    <h1>{title}</h1>
                    <p class="lead">{t.c.edit_intro}</p>
                    <FormError error />
                    <ActionForm action attr:class="form comment-form">
                        <input type="hidden" name="id" value=c.id.to_string() />
                        <CommentFields paragraphs tags=ctx.tags draft error />
                        <button type="submit" class="button">{t.c.save}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
