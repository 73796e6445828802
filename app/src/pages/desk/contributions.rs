//! `/desk/contributions`: the contributions waiting for the secretariat, oldest first,
//! each with its author's consent, summary, files (to download) and the text read from
//! them, and the forms to publish it or reject it with a reason its author sees.

use super::{DeskDenied, DeskNav, here};
use crate::api::contributions::{DecideContribution, pending_contributions};
use crate::components::{AttributionLine, ChoiceButton, CommentBody, DateTime, use_texts};
use crate::domain::contributions::DeskContribution;
use crate::pages::contributions::FileList;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn DeskContributionsPage() -> impl IntoView {
    let t = use_texts();
    let decide = ServerAction::<DecideContribution>::new();
    let pending = Resource::new(move || decide.version().get(), |_| pending_contributions());
    view! {
        <Title text=t.k.desk_title />
        <DeskNav />
        <h1>{t.k.desk_title}</h1>
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                match pending.await {
                    Err(e) => view! { <DeskDenied error=e /> }.into_any(),
                    Ok(list) if list.is_empty() => {
                        view! { <p role="status">{t.k.desk_empty}</p> }.into_any()
                    }
                    Ok(list) => {
                        view! {
                            <p role="status">{(t.k.desk_count)(list.len())}</p>
                            {list
                                .into_iter()
                                .map(|item| view! { <Pending item decide /> })
                                .collect_view()}
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn Pending(item: DeskContribution, decide: ServerAction<DecideContribution>) -> impl IntoView {
    let t = use_texts();
    let c = item.card;
    let id = c.id;
    let reason_id = format!("reason-{id}");
    let texts = c
        .files
        .iter()
        .zip(item.texts)
        .map(|(file, text)| {
            let name = file.name.clone();
            view! {
                <details class="extracted-text">
                    <summary>{(t.k.text_of)(&name)}</summary>
                    {match text {
                        Some(text) => view! { <CommentBody body=text /> }.into_any(),
                        None => view! { <p class="muted">{t.k.text_not_extracted}</p> }.into_any(),
                    }}
                </details>
            }
        })
        .collect_view();
    view! {
        <article class="queue-item" aria-label=c.reference.clone()>
            <header class="queue-item-head">
                <span class="code">{c.reference.clone()}</span>
                " · "
                <A href=c.href()>{c.title.clone()}</A>
                " · "
                <DateTime at=c.submitted_at.clone() />
            </header>
            <AttributionLine author=c.author.clone() />
            <CommentBody body=c.summary.clone() />
            <FileList files=c.files.clone() />
            {texts}
            <ActionForm action=decide attr:class="inline-actions">
                <input type="hidden" name="id" value=id.to_string() />
                <input type="hidden" name="back" value=here() />
                <div class="field reason-field">
                    <label for=reason_id.clone()>{t.k.reject_reason}</label>
                    <input id=reason_id name="reason" type="text" maxlength="300" />
                </div>
                <ChoiceButton name="decision_code" value="publish" label=t.d.publish />
                <ChoiceButton
                    name="decision_code"
                    value="reject"
                    class="button button-secondary"
                    label=t.d.reject
                />
            </ActionForm>
        </article>
    }
}
