//! `/consultations/:slug/papers/:code/dispositions?v=2`: the disposition of comments on
//! the version before `v`, as a table a drafting team prints or reads through: every
//! published comment with its reference, its paragraph then and now, its author as they
//! consented, the secretariat's disposition and response; with the same report as CSV
//! and DOCX.

use super::changes::WithChanges;
use crate::components::{AttributionLine, ChangedInNote, CommentBody, use_texts};
use crate::domain::changes::{ChangedParagraph, PaperChanges};
use crate::domain::comment::CommentView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn DispositionsPage() -> impl IntoView {
    view! { <WithChanges render=|c| view! { <Report changes=c /> }.into_any() /> }
}

#[component]
fn Report(changes: PaperChanges) -> impl IntoView {
    let t = use_texts();
    let c = changes;
    let earlier = c.version - 1;
    let title = (t.c.dispositions_title)(&c.paper_code, earlier);
    let paper_href = c.paper_href();
    let changes_href = format!("{paper_href}/changes?v={}", c.version);
    // The files in the page's language (a download without `lang` is English).
    let lang = expect_context::<crate::i18n::Locale>().code();
    let file = |ext: &str| {
        format!(
            "{paper_href}/dispositions.{ext}?v={}&lang={lang}",
            c.version
        )
    };
    let (csv, docx) = (file("csv"), file("docx"));
    let rows = c
        .paragraphs
        .into_iter()
        .flat_map(|p| {
            let place = place_of(&p);
            p.comments
                .into_iter()
                .map(move |comment| (place.clone(), comment))
        })
        .chain(
            c.whole_paper
                .into_iter()
                .map(|comment| (t.c.whole_paper.to_owned(), comment)),
        )
        .map(|(place, comment)| view! { <ReportRow place comment /> })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb">
            <A href=paper_href>{c.paper_code.clone()} " " {c.paper_title}</A>
        </p>
        <h1>{title}</h1>
        <p class="lead">{(t.c.dispositions_intro)(earlier, c.version)}</p>
        <p>
            <A href=changes_href>{(t.c.changes_link)(c.version)}</A>
            " · "
            <a href=csv download>
                {t.c.dispositions_csv}
            </a>
            " · "
            <a href=docx download>
                {t.c.dispositions_docx}
            </a>
        </p>
        <table class="my-comments dispositions">
            <thead>
                <tr>
                    <th scope="col">{t.c.col_reference}</th>
                    <th scope="col">{t.c.col_paragraph}</th>
                    <th scope="col">{t.c.col_comment}</th>
                    <th scope="col">{t.c.col_disposition}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// "2.1: edited, now 2.1", in the page's language.
fn place_of(p: &ChangedParagraph) -> String {
    let t = use_texts();
    match (&p.old_number, p.fate) {
        (Some(old), Some(fate)) => {
            (t.c.changed_heading)(old, (t.e.fate_name)(fate), &p.new_numbers)
        }
        _ => (t.c.added_heading)(&p.new_numbers),
    }
}

#[component]
fn ReportRow(place: String, comment: CommentView) -> impl IntoView {
    let t = use_texts();
    let disposition = comment.disposition.map_or_else(
        || view! { <span class="muted">{t.c.no_disposition}</span> }.into_any(),
        |d| {
            view! {
                <strong>{(t.d.disposition_name)(d.kind)}</strong>
                <CommentBody body=d.response />
                {d.changed_in.map(|changed| view! { <ChangedInNote changed /> })}
            }
            .into_any()
        },
    );
    view! {
        <tr>
            <th scope="row" class="code">
                {comment.reference}
            </th>
            <td>{place}</td>
            <td>
                <AttributionLine author=comment.author />
                <CommentBody body=comment.body />
            </td>
            <td>{disposition}</td>
        </tr>
    }
}
