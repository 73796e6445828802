//! `/desk/comments/:id`: one comment's page, with its decisions, retagging, disposition and
//! its log.

use super::audit::LogTable;
use super::decisions::QueueCard;
use super::outcome::{DecisionStatus, Decisions};
use super::{DeskDenied, DeskNav, here};
use crate::api::desk::{RetagComment, SetDisposition, desk_item};
use crate::components::{FieldLabel, FormError, TagCheckboxes, TextArea, action_error, use_texts};
use crate::domain::AppError;
use crate::domain::comment::CommentStatus;
use crate::domain::desk::{ChangedIn, DeskComment, DispositionKind};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/desk/comments/:id`: one comment, its decisions, retagging, disposition and its log.
#[component]
pub fn DeskItemPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|i| i.parse::<i64>().ok()));
    let decisions = Decisions::new();
    let retag = ServerAction::<RetagComment>::new();
    let dispose = ServerAction::<SetDisposition>::new();
    let retag_error = action_error(retag);
    let dispose_error = action_error(dispose);
    let saved = Signal::derive(move || {
        let ok = |done: Option<Result<(), AppError>>| matches!(done, Some(Ok(())));
        (ok(retag.value().get()) || ok(dispose.value().get())).then(|| t.d.saved.to_owned())
    });
    let loaded = Resource::new(
        move || {
            (
                id(),
                decisions.version() + retag.version().get() + dispose.version().get(),
            )
        },
        |(id, _)| async move {
            let id = id.ok_or(AppError::NotFound)?;
            desk_item(id).await
        },
    );
    let back = here();
    view! {
        <DecisionStatus decisions also=saved />
        <Transition fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match loaded.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(DeskComment { item, log, reasons, tags, change_choices }) => {
                        let title = (t.c.comment_title)(&item.reference);
                        let id = item.id;
                        let checked: Vec<String> = item
                            .tags
                            .iter()
                            .map(|tag| tag.slug.clone())
                            .collect();
                        let published = item.status == CommentStatus::Published;
                        let disposition = item.disposition.clone();
                        view! {
                            <Title text=title.clone() />
                            <h1>{title}</h1>
                            <DeskNav />
                            <FormError
                                error=Signal::derive(move || decisions.unattributed())
                                ids=|_| None
                            />
                            <QueueCard item reasons decisions standalone=true />
                            <section aria-labelledby="retag-heading">
                                <h2 id="retag-heading">{t.d.retag}</h2>
                                <FormError error=retag_error />
                                <ActionForm action=retag attr:class="form" attr:novalidate=true>
                                    <input type="hidden" name="id" value=id.to_string() />
                                    <input type="hidden" name="back" value=back />
                                    <fieldset class="field">
                                        <legend>
                                            {(t.c.tags_legend)(crate::domain::comment::MAX_TAGS)}
                                        </legend>
                                        <TagCheckboxes tags checked id_prefix="retag" />
                                    </fieldset>
                                    <button type="submit" class="button">
                                        {t.d.save_tags}
                                    </button>
                                </ActionForm>
                            </section>
                            {published
                                .then(|| {
                                    view! {
                                        <section aria-labelledby="disposition-heading">
                                            <h2 id="disposition-heading">{t.d.disposition}</h2>
                                            <FormError error=dispose_error />
                                            <ActionForm
                                                action=dispose
                                                attr:class="form"
                                                attr:novalidate=true
                                            >
                                                <input type="hidden" name="id" value=id.to_string() />
                                                <input type="hidden" name="back" value=back />
                                                <div class="field">
                                                    <label for="kind">{t.d.disposition_kind}</label>
                                                    <select id="kind" name="kind" required=true>
                                                        <option value="">{t.choose}</option>
                                                        {DispositionKind::ALL
                                                            .into_iter()
                                                            .map(|k| {
                                                                let selected = disposition
                                                                    .as_ref()
                                                                    .is_some_and(|d| d.kind == k);
                                                                view! {
                                                                    <option value=k.code() selected=selected>
                                                                        {(t.d.disposition_name)(k)}
                                                                    </option>
                                                                }
                                                            })
                                                            .collect_view()}
                                                    </select>
                                                </div>
                                                <div class="field">
                                                    <label for="response">{t.d.response}</label>
                                                    <TextArea
                                                        text=disposition
                                                            .as_ref()
                                                            .map(|d| d.response.clone())
                                                            .unwrap_or_default()
                                                        attr:id="response"
                                                        attr:name="response"
                                                        attr:rows="4"
                                                        attr:maxlength="5000"
                                                    />
                                                </div>
                                                <ChangeField
                                                    choices=change_choices
                                                    chosen=disposition
                                                        .as_ref()
                                                        .and_then(|d| d.changed_in.clone())
                                                />
                                                <button type="submit" class="button">
                                                    {t.d.save_disposition}
                                                </button>
                                            </ActionForm>
                                        </section>
                                    }
                                })}
                            <section aria-labelledby="log-heading">
                                <h2 id="log-heading">{t.d.log_title}</h2>
                                <LogTable entries=log.entries />
                            </section>
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// The paragraph of the current version that answers the comment, when the paper has a
/// later version than the comment's (`chosen`: the one named before, kept as a choice).
#[component]
fn ChangeField(choices: Vec<ChangedIn>, chosen: Option<ChangedIn>) -> impl IntoView {
    let t = use_texts();
    let mut choices = choices;
    if let Some(c) = &chosen
        && !choices.iter().any(|p| p.paragraph_id == c.paragraph_id)
    {
        choices.insert(0, c.clone());
    }
    let chosen = chosen.map(|c| c.paragraph_id);
    (!choices.is_empty()).then(|| {
        view! {
            <div class="field">
                <FieldLabel label=t.d.changed_in name="changed" hint=t.d.changed_in_hint />
                <select id="changed" name="changed" aria-describedby="changed-hint">
                    <option value="">{t.d.no_change}</option>
                    {choices
                        .into_iter()
                        .map(|c| {
                            view! {
                                <option
                                    value=c.paragraph_id.to_string()
                                    selected=chosen == Some(c.paragraph_id)
                                >
                                    {(t.d.change_choice)(&c.number, c.version)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    })
}
