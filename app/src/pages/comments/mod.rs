//! The stakeholder's side of commenting, one page a file: the comment [`form`] (new or
//! reply) and its [`fields`], shared with the [`edit`] form, "My comments" ([`mine`]) and
//! one comment's [`receipt`]; here, what these pages share.

mod edit;
mod fields;
mod form;
mod mine;
mod receipt;

pub use edit::EditCommentPage;
pub use form::CommentFormPage;
pub use mine::MyCommentsPage;
pub use receipt::MyCommentPage;

use crate::components::use_texts;
use crate::domain::comment::{CommentStatus, MyComment};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// Sign-in prompt for pages that need an account.
#[component]
fn SignInNeeded() -> impl IntoView {
    let t = use_texts();
    view! {
        <p>{t.c.sign_in_to_comment}</p>
        <p>
            <A href="/sign-in">{t.nav_sign_in}</A>
            " · "
            <A href="/register">{t.nav_register}</A>
        </p>
    }
}

fn status_class(status: CommentStatus) -> String {
    format!("badge status-{}", status.code())
}

/// Where a comment is: "WP-ROOT, paragraph 2.1".
fn place(c: &MyComment) -> String {
    let t = use_texts();
    match &c.paragraph_number {
        Some(n) => format!("{}, {}", c.paper_code, (t.paragraph_label)(n)),
        None => format!("{}, {}", c.paper_code, t.c.whole_paper),
    }
}

fn comment_id() -> Memo<Option<i64>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())))
}

/// Whether this page was loaded right after the server refused a post of the form to
/// `endpoint` (without JavaScript the browser comes back with the error in the address).
fn after_refusal(query: Memo<leptos_router::params::ParamsMap>, endpoint: &str) -> bool {
    query.with_untracked(|q| {
        q.get("__err").is_some() && q.get("__path").is_some_and(|p| p.ends_with(endpoint))
    })
}
