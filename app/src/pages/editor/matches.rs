//! What becomes of each paragraph of the current version in the new text, in the paper's
//! form: the secretariat confirms or corrects the uncertain matches there.

use crate::api::editor::PreviewPaper;
use crate::components::use_texts;
use crate::domain::BlockKind;
use crate::domain::versions::Fate;
use leptos::prelude::*;

/// What becomes of each paragraph of the current version, once "Preview" is pressed: in
/// the form, so that the choices made for the uncertain matches go with "Save".
#[component]
pub(super) fn Matches(
    preview: ServerAction<PreviewPaper>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let t = use_texts();
    move || {
        let preview = preview
            .value()
            .get()
            .and_then(Result::ok)
            .filter(|p| !p.matches.is_empty())?;
        let to_check = preview.matches.iter().filter(|m| !m.certain).count();
        let numbers: Vec<String> = preview
            .blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Heading)
            .map(|b| b.number.clone())
            .collect();
        let rows = preview
            .matches
            .into_iter()
            .filter(|m| m.fate != Fate::Unchanged || !m.certain)
            .map(|m| {
                let summary = (t.e.match_summary)(m.fate, &m.new_numbers, m.similarity_percent);
                let excerpt: String = m.old_text.chars().take(120).collect();
                let choice = (!m.certain).then(|| {
                    let id = m.old_id;
                    view! {
                        <select name="matches[]" aria-label=(t.e.match_of)(&m.old_number)>
                            <option value=format!("{id}=") selected=true>
                                {t.e.choose_match}
                            </option>
                            <option value=format!(
                                "{id}=proposed",
                            )>{(t.e.as_proposed)(&summary)}</option>
                            {numbers
                                .iter()
                                .map(|n| {
                                    view! {
                                        <option value=format!(
                                            "{id}={n}",
                                        )>{(t.e.paragraph_choice)(n)}</option>
                                    }
                                })
                                .collect_view()}
                            <option value=format!("{id}=removed")>{t.e.removed_choice}</option>
                        </select>
                    }
                });
                view! {
                    <tr class:to-check=!m.certain>
                        <th scope="row">
                            <span class="num">{m.old_number.clone()}</span>
                            " "
                            <span class="excerpt">{excerpt}</span>
                        </th>
                        <td>
                            {(!m.certain)
                                .then(|| {
                                    view! {
                                        <strong class="badge">{t.e.to_check}</strong>
                                        " "
                                    }
                                })} {summary.clone()} {choice}
                        </td>
                        <td>{m.comments}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <fieldset class="field matches">
                <legend>{t.e.matches_legend}</legend>
                <p class="hint">{(t.e.matches_hint)(to_check)}</p>
                {move || error.get().map(|m| view! { <p class="field-error">{m}</p> })}
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t.e.match_old}</th>
                            <th scope="col">{t.e.match_new}</th>
                            <th scope="col">{t.e.match_comments}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </fieldset>
        })
    }
}
