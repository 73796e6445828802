//! Contributions: the form that sends one (`form`), a consultation's published list
//! (`list`) and each one's page (`page`); here, the card they share.

mod form;
mod list;
mod page;

pub use form::ContributeFormPage;
pub use list::ContributionsPage;
pub use page::ContributionPage;

use crate::components::{AttributionLine, CommentBody, DateTime, FileList, use_texts};
use crate::domain::contributions::ContributionCard;
use leptos::prelude::*;
use leptos_router::components::A;

/// A contribution's reference, when it was sent, and the paper it concerns.
#[component]
pub fn ContributionMeta(
    reference: String,
    at: String,
    paper_code: Option<String>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="meta">
            <span class="code">{reference}</span>
            " · "
            <DateTime at />
            {paper_code
                .map(|code| {
                    view! {
                        " · "
                        {t.k.concerns}
                        " "
                        <span class="code">{code}</span>
                    }
                })}
        </p>
    }
}

/// A contribution in a list: its title (linked), reference, attribution, summary, files.
#[component]
pub fn ContributionCardView(card: ContributionCard) -> impl IntoView {
    let href = card.href();
    view! {
        <li class="card contribution">
            <h3>
                <A href=href>{card.title}</A>
            </h3>
            <ContributionMeta
                reference=card.reference
                at=card.submitted_at
                paper_code=card.paper_code
            />
            <AttributionLine author=card.author />
            <CommentBody body=card.summary />
            <FileList files=card.files />
        </li>
    }
}
