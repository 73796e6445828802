//! Editing one of my comments while it is pending.

use super::fields::CommentFields;
use super::{SignInNeeded, comment_id};
use crate::api::comments::{EditComment, edit_form_start, load_my_comment, load_paper_comments};
use crate::api::consultations::paper;
use crate::components::after_refusal;
use crate::components::{FormError, SubmitButton, action_error, use_texts};
use crate::domain::AppError;
use crate::domain::comment::CommentForm;
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// `/my/comments/:id/edit`: the form again, filled in, while the comment is pending.
#[component]
pub fn EditCommentPage() -> impl IntoView {
    let t = use_texts();
    let id = comment_id();
    let refused = after_refusal(use_query_map(), "edit_comment");
    // The comment, its paper (for the paragraph list) and the taxonomy, loaded together
    // on the server so that the browser hydrates with the same data.
    let loaded = Resource::new(
        move || (id.get(), refused),
        |(id, refused)| async move {
            let id = id.ok_or(AppError::NotFound)?;
            let c = load_my_comment(id).await?;
            let start = edit_form_start(id, refused).await?;
            let v = paper(
                c.consultation_slug.clone(),
                c.paper_code.clone(),
                String::new(),
            )
            .await?;
            let ctx = load_paper_comments(
                c.consultation_slug.clone(),
                c.paper_code.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                None,
                None,
            )
            .await?;
            Ok::<_, AppError>((c, v, ctx, start.draft))
        },
    );
    let action = ServerAction::<EditComment>::new();
    let error = action_error(action);
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let (c, v, ctx, refused_draft) = match loaded.await {
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
                        <p class="notice" role="status">
                            {(t.problem)(&crate::domain::Problem::NotEditable)}
                        </p>
                        <p>
                            <A href=back>{t.c.back_to_comment}</A>
                        </p>
                    }
                        .into_any();
                }
                let draft = refused_draft.unwrap_or_else(|| CommentForm::from(&c));
                let paragraphs = c.parent_reference.is_none().then(|| v.paragraphs.clone());
                view! {
                    <Title text=title.clone() />
                    <p class="breadcrumb">
                        <A href=back>{t.c.back_to_comment}</A>
                    </p>
                    <h1>{title}</h1>
                    <p class="lead">{t.c.edit_intro}</p>
                    <FormError error />
                    <ActionForm action attr:class="form comment-form" attr:novalidate=true>
                        <input type="hidden" name="id" value=c.id.to_string() />
                        <CommentFields paragraphs tags=ctx.tags draft error />
                        <SubmitButton label=t.c.save pending=action.pending() />
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
