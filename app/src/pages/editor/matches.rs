//! What becomes of each paragraph of the current version in the new text, in the paper's
//! form: the secretariat confirms or corrects the uncertain matches there.

use crate::components::use_texts;
use crate::domain::BlockKind;
use crate::domain::user_text::excerpt;
use crate::domain::versions::{Fate, PaperPreview};
use leptos::prelude::*;

/// What becomes of each paragraph of the current version, once "Preview" is pressed
/// (`shown`): in the form, so that the choices made for the uncertain matches go with
/// "Save". `chosen` are the choices of a form the server sent back (`<id>=<choice>`).
#[component]
pub(super) fn Matches(
    shown: Signal<Option<PaperPreview>>,
    chosen: Vec<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let t = use_texts();
    move || {
        let preview = shown.get().filter(|p| !p.matches.is_empty())?;
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
                let excerpt = excerpt(&m.old_text, 120);
                let choice = (!m.certain).then(|| {
                    let id = m.old_id;
                    let value = |choice: &str| format!("{id}={choice}");
                    let made = chosen.iter().find(|c| c.starts_with(&value(""))).cloned();
                    let none_made = made.is_none();
                    let is = move |v: &str| made.as_deref() == Some(v);
                    view! {
                        <select name="matches[]" aria-label=(t.e.match_of)(&m.old_number)>
                            <option value=value("") selected=none_made>
                                {t.e.choose_match}
                            </option>
                            <option value=value("proposed") selected=is(&value("proposed"))>
                                {(t.e.as_proposed)(&summary)}
                            </option>
                            {numbers
                                .iter()
                                .map(|n| {
                                    view! {
                                        <option value=value(n) selected=is(&value(n))>
                                            {(t.e.paragraph_choice)(n)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                            <option value=value("removed") selected=is(&value("removed"))>
                                {t.e.removed_choice}
                            </option>
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
            // Not `id="matches"`: inside a form an id becomes a property of the form, and
            // that one would hide `Element.matches` from scripts (axe stops on it).
            <fieldset class="field matches" id="paragraph-matches">
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
