//! The fields of a comment (paragraph, quote, body, tags, consent), shared by the
//! new-comment and the edit forms. Nothing is chosen for the author: consent starts
//! unchosen on a new comment.

use crate::components::{TextArea, field_message, tag_name, use_texts};
use crate::domain::comment::{
    BODY_MAX_CHARS, CommentForm, Consent, MAX_TAGS, QUOTE_MAX_CHARS, TagView,
};
use crate::domain::user_text::excerpt;
use crate::domain::{AppError, BlockKind, Field, IssueCluster, ParagraphView};
use leptos::prelude::*;

/// The fields of a comment, shared by the new-comment and the edit forms, filled in with
/// `draft`: empty but for the paragraph on a new form, the comment on an edit, what was
/// sent when the server refused the form.
#[component]
pub(super) fn CommentFields(
    /// `None` for a reply, which sits where its parent does.
    paragraphs: Option<Vec<ParagraphView>>,
    tags: Vec<TagView>,
    draft: CommentForm,
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
                <p class="hint" id="paragraph-hint">
                    {t.c.paragraph_hint}
                </p>
                <select
                    id="paragraph"
                    name="paragraph"
                    aria-describedby="paragraph-hint"
                    aria-invalid=move || paragraph_message.with(Option::is_some).to_string()
                >
                    <option value="" selected=selected.is_empty()>
                        {t.c.whole_paper}
                    </option>
                    {paragraphs
                        .into_iter()
                        .filter(|p| p.kind != BlockKind::Heading)
                        .map(|p| {
                            let excerpt = excerpt(&p.text, 70);
                            let is_selected = p.number == selected;
                            view! {
                                <option value=p.number selected=is_selected>
                                    {format!("{} — {excerpt}", p.number)}
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
            let in_cluster: Vec<&TagView> =
                tags.iter().filter(|tag| tag.cluster == cluster).collect();
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
                                        <input
                                            type="checkbox"
                                            id=id.clone()
                                            name="tags[]"
                                            value=tag.slug.clone()
                                            checked=is_checked
                                        />
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
    let consent = draft.consent.clone();
    view! {
        {paragraph_field}
        <div class="field">
            <label for="quote">{t.c.quote}</label>
            <p class="hint" id="quote-hint">
                {t.c.quote_hint}
            </p>
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
            <label for="body">{t.c.body} " " <span class="required">{t.required_mark}</span></label>
            <p class="hint" id="body-hint">
                {t.c.body_hint}
            </p>
            <TextArea
                text=draft.body.clone()
                attr:id="body"
                attr:name="body"
                attr:rows="10"
                attr:required=true
                attr:maxlength=BODY_MAX_CHARS.to_string()
                attr:aria-describedby=move || {
                    if body_message.with(Option::is_some) {
                        "body-hint body-error"
                    } else {
                        "body-hint"
                    }
                }
                attr:aria-invalid=move || body_message.with(Option::is_some).to_string()
            />
            {move || {
                body_message
                    .get()
                    .map(|m| {
                        view! {
                            <p class="field-error" id="body-error">
                                {m}
                            </p>
                        }
                    })
            }}
        </div>
        <fieldset class="field" aria-describedby="tags-hint">
            <legend>{(t.c.tags_legend)(MAX_TAGS)}</legend>
            <p class="hint" id="tags-hint">
                {t.c.tags_hint}
            </p>
            {tag_groups}
            {move || tags_message.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </fieldset>
        <fieldset class="field" aria-describedby="consent-hint">
            <legend>{t.c.consent} " " <span class="required">{t.required_mark}</span></legend>
            <p class="hint" id="consent-hint">
                {t.c.consent_hint}
            </p>
            {Consent::ALL
                .into_iter()
                .map(|c| {
                    let id = format!("consent-{}", c.code());
                    view! {
                        <div class="radio">
                            <input
                                type="radio"
                                id=id.clone()
                                name="consent"
                                value=c.code()
                                checked=consent == c.code()
                            />
                            <label for=id>{(t.c.consent_name)(c)}</label>
                        </div>
                    }
                })
                .collect_view()}
            {move || consent_message.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </fieldset>
    }
}
