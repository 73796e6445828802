//! The contributions of the digest: each one's title linked to its page, its reference,
//! who sent it, the start of its text and its files.

use crate::components::FileList;
use crate::components::{AttributionLine, use_texts};
use crate::domain::contributions::DigestContribution;
use crate::pages::contributions::ContributionMeta;
use leptos::prelude::*;
use leptos_router::components::A;

/// The section of the digest's contributions; nothing when there are none.
#[component]
pub(super) fn DigestContributions(list: Vec<DigestContribution>) -> impl IntoView {
    let t = use_texts();
    let count = (t.k.count)(list.len());
    (!list.is_empty()).then(|| {
        view! {
            <section aria-labelledby="contributions-heading" class="digest-contributions">
                <h2 id="contributions-heading">{t.k.heading}</h2>
                <p>{count} ". " {t.k.list_intro}</p>
                {list
                    .into_iter()
                    .map(|c| {
                        let k = c.card;
                        let at = c.published_at.unwrap_or(k.submitted_at);
                        let label = k.reference.clone();
                        view! {
                            <article class="digest-section contribution" aria-label=label>
                                <h3>
                                    <A href=c.url>{k.title}</A>
                                </h3>
                                <ContributionMeta
                                    reference=k.reference
                                    at=at
                                    paper_code=k.paper_code
                                />
                                <AttributionLine author=k.author />
                                <blockquote class="quote">
                                    <p>{c.excerpt}</p>
                                </blockquote>
                                <FileList files=k.files />
                            </article>
                        }
                    })
                    .collect_view()}
            </section>
        }
    })
}
