//! One comment of the digest, and where it sits in the paper.

use crate::components::{
    AttachedFiles, AttributionLine, CommentBody, DateTime, tag_name, use_texts,
};
use crate::domain::digest::DigestComment;
use leptos::prelude::*;

#[component]
pub(super) fn DigestEntry(comment: DigestComment) -> impl IntoView {
    let t = use_texts();
    view! {
        <article class="comment" id=comment.reference.clone() aria-label=comment.reference.clone()>
            <AttributionLine author=comment.author.clone() />
            {comment
                .quote
                .clone()
                .map(|q| {
                    view! {
                        <blockquote class="quote">
                            <p>{q}</p>
                        </blockquote>
                    }
                })}
            <CommentBody body=comment.body.clone() />
            <AttachedFiles files=comment.files.clone() />
            <p class="comment-meta">
                <span class="code">{comment.reference.clone()}</span>
                " · "
                <DateTime at=comment.submitted_at.clone() />
                {(!comment.tags.is_empty())
                    .then(|| {
                        format!(
                            " · {}",
                            comment.tags.iter().map(tag_name).collect::<Vec<_>>().join(", "),
                        )
                    })}
                {(comment.status != crate::domain::comment::CommentStatus::Published)
                    .then(|| {
                        view! {
                            " · "
                            <span class="badge">{(t.c.status_name)(comment.status)}</span>
                        }
                    })}
            </p>
            {comment
                .disposition
                .map(|d| {
                    view! {
                        <div class="disposition">
                            <p>
                                <strong>
                                    {t.d.response_label} ": " {(t.d.disposition_name)(d)}
                                </strong>
                            </p>
                            {comment.response.clone().map(|r| view! { <CommentBody body=r /> })}
                        </div>
                    }
                })}
            {(!comment.replies.is_empty())
                .then(|| {
                    view! {
                        <section class="replies" aria-label=t.c.replies>
                            {comment
                                .replies
                                .clone()
                                .into_iter()
                                .map(|r| view! { <DigestEntry comment=r /> })
                                .collect_view()}
                        </section>
                    }
                })}
        </article>
    }
    .into_any()
}

pub(super) fn place(
    t: &'static crate::i18n::Texts,
    paper: &str,
    paragraph: Option<&str>,
) -> String {
    match paragraph {
        Some(n) => format!("{paper}, {}", (t.paragraph_label)(n)),
        None => format!("{paper}, {}", t.c.whole_paper),
    }
}
