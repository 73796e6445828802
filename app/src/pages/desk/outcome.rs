//! What became of the desk's last decision on a comment card: its problem, shown on the card
//! whose form was sent, and its success, announced in the page's live region.

use crate::api::desk::{DecideCampaign, DecideComments, ResolveComment};
use crate::components::use_texts;
use crate::domain::{AppError, Field};
use leptos::prelude::*;

/// The decisions a page of the desk makes on comment cards, and what became of the last
/// one: its problem is shown on the card whose form was sent (the moderator stays where
/// they were), its success is announced in the page's live region.
#[derive(Clone, Copy)]
pub(super) struct Decisions {
    pub decide: ServerAction<DecideComments>,
    pub campaign: ServerAction<DecideCampaign>,
    pub resolve: ServerAction<ResolveComment>,
    /// The form sent last, by the id of its reason fields (`12`, `campaign-12`, `hide-12`).
    pub(super) last: RwSignal<Option<String>>,
}

impl Decisions {
    pub fn new() -> Self {
        Self {
            decide: ServerAction::new(),
            campaign: ServerAction::new(),
            resolve: ServerAction::new(),
            last: RwSignal::new(None),
        }
    }

    /// Changes whenever a decision has been made: the page reloads what it shows.
    pub fn version(self) -> usize {
        self.decide.version().get() + self.campaign.version().get() + self.resolve.version().get()
    }

    /// What the form `key` sent last came back with, if it was the form sent last.
    fn outcome(self, key: &str) -> Option<Result<String, AppError>> {
        if self.last.with(|l| l.as_deref() != Some(key)) {
            return None;
        }
        let t = use_texts();
        if key.starts_with("campaign-") {
            self.campaign.value().get().map(|r| r.map(t.d.decided))
        } else if key.starts_with("hide-") {
            self.resolve
                .value()
                .get()
                .map(|r| r.map(|()| t.d.saved.to_owned()))
        } else {
            self.decide.value().get().map(|r| r.map(t.d.decided))
        }
    }

    /// The problem of the form `key`, if it was sent last and refused.
    pub(super) fn error_of(self, key: &str) -> Option<AppError> {
        self.outcome(key).and_then(Result::err)
    }

    /// A refusal no card can claim: a form sent without the page's script (or before it
    /// ran) comes back from the server with the error in the address, and no card knows it
    /// was the one sent. The page shows it at the top.
    pub fn unattributed(self) -> Option<AppError> {
        if self.last.with(Option::is_some) {
            return None;
        }
        let decide = self.decide.value().get().and_then(Result::err);
        decide
            .or_else(|| self.campaign.value().get().and_then(Result::err))
            .or_else(|| self.resolve.value().get().and_then(Result::err))
    }

    /// What to announce once the last decision is saved.
    pub fn announcement(self) -> Option<String> {
        let key = self.last.get()?;
        self.outcome(&key).and_then(Result::ok)
    }
}

/// The page's live region: "Saved: 1 comment decided.", kept in view at the bottom; `also`,
/// the page's other saved changes.
#[component]
pub(super) fn DecisionStatus(
    decisions: Decisions,
    #[prop(optional)] also: Option<Signal<Option<String>>>,
) -> impl IntoView {
    view! {
        <div class="desk-status" role="status">
            {move || decisions.announcement().or_else(|| also.and_then(|a| a.get()))}
        </div>
    }
}

/// The problem of one card's form, beside its reason (a missing reason marks the field).
pub(super) fn card_problem(error: Option<AppError>) -> (Option<String>, Option<AppError>) {
    let t = use_texts();
    match error {
        None => (None, None),
        Some(e) => match e.field_problems().and_then(|p| p.get(Field::Reason)) {
            Some(problem) => (Some((t.problem)(problem)), None),
            None => (None, Some(e)),
        },
    }
}
