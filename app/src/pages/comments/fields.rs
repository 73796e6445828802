//! The fields of a comment (paragraph, quote, body, tags, consent), shared by the
//! new-comment and the edit forms. Nothing is chosen for the author: consent starts
//! unchosen on a new comment.

use crate::components::{
    ConsentField, FieldLabel, FieldMessage, SelectField, TagCheckboxes, TextArea, field_message,
    language_choices, use_texts,
};
use crate::domain::comment::{BODY_MAX_CHARS, CommentForm, MAX_TAGS, QUOTE_MAX_CHARS, TagView};
use crate::domain::contributions::{FileKind, UploadLimits};
use crate::domain::user_text::excerpt;
use crate::domain::{AppError, BlockKind, Field, ParagraphView};
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
    /// The limits of the files a new comment may carry, and where its file input goes; an
    /// edit offers no file input.
    #[prop(optional)]
    attach: Option<(UploadLimits, NodeRef<leptos::html::Input>)>,
) -> impl IntoView {
    let t = use_texts();
    let message = move |field| field_message(error, field);
    let body_message = message(Field::Body);
    let quote_message = message(Field::Quote);
    let tags_message = message(Field::Tags);
    let consent_message = message(Field::Consent);
    let paragraph_message = message(Field::Paragraph);
    let paragraph_field = paragraphs.map(|paragraphs| {
        let options = paragraphs
            .into_iter()
            .filter(|p| p.kind != BlockKind::Heading)
            .map(|p| {
                let label = format!("{} — {}", p.number, excerpt(&p.text, 70));
                (p.number, label)
            })
            .collect();
        view! {
            <SelectField
                label=t.c.paragraph
                name="paragraph"
                hint=t.c.paragraph_hint
                none=t.c.whole_paper
                options
                selected=draft.paragraph.clone()
                message=paragraph_message
            />
        }
    });
    let files_message = message(Field::Files);
    // Files chosen are not kept when the form comes back refused: the browser cannot be
    // given them again, so the hint asks for them once more.
    let files_field = attach.map(|(limits, input)| {
        let max_mb = limits.max_file / (1024 * 1024);
        view! {
            <div class="field">
                <label for="files">{t.k.attach}</label>
                <p class="hint" id="files-hint">
                    {(t.k.attach_hint)(limits.max_files, max_mb)}
                </p>
                <input
                    node_ref=input
                    id="files"
                    name="files"
                    type="file"
                    multiple
                    accept=FileKind::accept_attribute()
                    aria-describedby="files-hint files-error"
                    aria-invalid=move || files_message.with(Option::is_some).to_string()
                />
                <FieldMessage name="files" message=files_message />
            </div>
        }
    });
    let checked = draft.tags.clone();
    let consent = draft.consent.clone();
    let language_field = language_field(draft.language.clone(), message(Field::Language));
    view! {
        {paragraph_field}
        <div class="field">
            <FieldLabel label=t.c.quote name="quote" hint=t.c.quote_hint />
            <TextArea
                text=draft.quote.clone()
                attr:id="quote"
                attr:name="quote"
                attr:rows="2"
                attr:maxlength=QUOTE_MAX_CHARS.to_string()
                attr:aria-describedby="quote-hint"
                attr:aria-invalid=move || quote_message.with(Option::is_some).to_string()
            />
            <FieldMessage message=quote_message />
        </div>
        <div class="field">
            <FieldLabel label=t.c.body name="body" required=true hint=t.c.body_hint />
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
            <FieldMessage name="body" message=body_message />
        </div>
        {language_field}
        {files_field}
        <fieldset class="field" id="tags" aria-describedby="tags-hint">
            <legend>{(t.c.tags_legend)(MAX_TAGS)}</legend>
            <p class="hint" id="tags-hint">
                {t.c.tags_hint}
            </p>
            <TagCheckboxes tags checked id_prefix="tag" skip_empty=true />
            <FieldMessage message=tags_message />
        </fieldset>
        <ConsentField checked=consent>
            <FieldMessage message=consent_message />
        </ConsentField>
    }
}

/// The comment's language: found from its text unless its author chooses one of the six
/// (or keeps the one it has, when editing a comment in another language).
fn language_field(chosen: String, message: Signal<Option<String>>) -> impl IntoView {
    let t = use_texts();
    let mut options = language_choices();
    if !chosen.is_empty() && !options.iter().any(|(code, _)| *code == chosen) {
        let locale = use_context::<crate::i18n::Locale>().unwrap_or_default();
        let name = crate::i18n::language_name(locale, &chosen).unwrap_or(&chosen);
        options.push((chosen.clone(), name.to_owned()));
    }
    view! {
        <SelectField
            label=t.c.comment_language
            name="language"
            hint=t.c.comment_language_hint
            none=t.c.language_detect
            options
            selected=chosen
            message
        />
    }
}
