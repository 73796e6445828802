//! The confirmed themes on the digest page: each with its place, size, key terms,
//! representative comments and every comment, linked to where the digest lists it.

use super::entry::place;
use crate::components::use_texts;
use crate::domain::digest::DigestTheme;
use leptos::prelude::*;

#[component]
pub(super) fn DigestThemes(themes: Vec<DigestTheme>) -> impl IntoView {
    let t = use_texts();
    (!themes.is_empty()).then(|| {
        let list = themes
            .into_iter()
            .map(|th| {
                let v = th.theme;
                let size = t.d.th.size_line(v.size, v.in_campaigns, v.campaigns);
                let quotes = v
                    .quotes
                    .into_iter()
                    .map(|q| {
                        view! {
                            <li>
                                <a href=format!("#{}", q.reference)>{q.reference.clone()}</a>
                                " "
                                <span lang=q.language.unwrap_or_default() dir="auto">
                                    {q.excerpt}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                let count = v.references.len();
                let references = v
                    .references
                    .into_iter()
                    .map(|r| {
                        view! {
                            <li>
                                <a href=format!("#{r}")>{r.clone()}</a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="digest-section theme">
                        <h3>
                            <span dir="auto">{v.label}</span>
                            " — "
                            {place(t, &th.paper_code, th.paragraph.as_deref())}
                        </h3>
                        <p>{size}</p>
                        <p class="muted">
                            {t.d.th.key_terms} " " <span dir="auto">{v.key_terms}</span>
                        </p>
                        <ul class="theme-quotes">{quotes}</ul>
                        <details>
                            <summary>{(t.d.th.references)(count)}</summary>
                            <ul class="references">{references}</ul>
                        </details>
                    </section>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="themes-heading">
                <h2 id="themes-heading">{t.d.th.digest_heading}</h2>
                {list}
            </section>
        }
    })
}
