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

use crate::components::{read_at_link, use_texts};
use crate::domain::comment::{CommentStatus, MyComment};
use crate::pages::accounts::returning_to_here;
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
            <A href=returning_to_here("/sign-in")>{t.nav_sign_in}</A>
            " · "
            <A href=returning_to_here("/register")>{t.nav_register}</A>
        </p>
    }
}

fn status_class(status: CommentStatus) -> String {
    format!("badge status-{}", status.code())
}

/// Where a comment is read now: "WP-ROOT, paragraph 2.3", and, when the paper has a later
/// version than the one it was written on, "(Written on version 1, paragraph 2.2)".
fn place(c: &MyComment) -> String {
    let t = use_texts();
    let (_, now) = read_at_link(&c.consultation_slug, &c.paper_code, &c.read_at);
    match &c.written_on {
        Some(w) => format!(
            "{now} ({})",
            (t.c.written_on)(w.version, w.paragraph_number.as_deref())
        ),
        None => now,
    }
}

fn comment_id() -> Memo<Option<i64>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())))
}
