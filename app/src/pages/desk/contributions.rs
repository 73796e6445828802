//! `/desk/contributions`: the contributions waiting for the secretariat, oldest first,
//! each with its author's consent, summary, files (to download) and the text read from
//! them, and the forms to publish it or reject it with a reason its author sees.

use super::decisions::FlagList;
use super::{DeskDenied, DeskNav, here};
use crate::api::contributions::{DecideContribution, pending_contributions};
use crate::components::{
    AttributionLine, ChoiceButton, CommentBody, DateTime, ExtractedTexts, FileList, use_texts,
};
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::DeskContribution;
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
    // Published and reported by readers: kept or hidden, not published again.
    let reported = c.status == CommentStatus::Published;
    let texts: Vec<(String, Option<String>)> = c
        .files
        .iter()
        .map(|f| f.name.clone())
        .zip(item.texts)
        .collect();
    view! {
        <article class="queue-item" aria-label=c.reference>
            <header class="queue-item-head">
                <span class="code">{c.reference.clone()}</span>
                " · "
                <A href=c.href()>{c.title.clone()}</A>
                " · "
                <DateTime at=c.submitted_at.clone() />
            </header>
            {reported
                .then(|| {
                    view! {
                        <p class="badge">{t.k.reported_by_readers}</p>
                        <FlagList flags=item.flags.clone() />
                    }
                })}
            <AttributionLine author=c.author.clone() />
            <CommentBody body=c.summary.clone() />
            <FileList files=c.files.clone() />
            <ExtractedTexts texts />
            <ActionForm action=decide attr:class="inline-actions">
                <input type="hidden" name="id" value=id.to_string() />
                <input type="hidden" name="back" value=here() />
                <div class="field reason-field">
                    <label for=reason_id.clone()>{t.k.reject_reason}</label>
                    <input id=reason_id name="reason" type="text" maxlength="300" />
                </div>
                {if reported {
                    view! {
                        <ChoiceButton name="decision_code" value="keep" label=t.k.keep />
                        <ChoiceButton
                            name="decision_code"
                            value="hide"
                            class="button button-secondary"
                            label=t.d.hide
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <ChoiceButton name="decision_code" value="publish" label=t.d.publish />
                        <ChoiceButton
                            name="decision_code"
                            value="reject"
                            class="button button-secondary"
                            label=t.d.reject
                        />
                    }
                        .into_any()
                }}
            </ActionForm>
        </article>
    }
}
