//! Pieces the pages share: the auth actions and viewer, form fields with their messages,
//! comments, and the parts of page layout several pages repeat.

mod comment;
mod fields;
mod files;
mod filters;
mod page;

pub use comment::*;
pub use fields::*;
pub use files::*;
pub use filters::*;
pub use page::*;

use crate::api::accounts::{Register, SignIn, SignOut, SignOutEverywhere, UpdateProfile};
use crate::domain::{AppError, Viewer};
use crate::i18n::{Locale, Texts};
use leptos::prelude::*;

/// The catalogue of the page's language.
pub fn use_texts() -> &'static Texts {
    use_context::<Locale>().unwrap_or_default().texts()
}

/// The actions that change who is signed in; the header's viewer reloads after each.
#[derive(Clone, Copy)]
pub struct AuthActions {
    pub register: ServerAction<Register>,
    pub sign_in: ServerAction<SignIn>,
    pub sign_out: ServerAction<SignOut>,
    pub update_profile: ServerAction<UpdateProfile>,
    pub sign_out_everywhere: ServerAction<SignOutEverywhere>,
}

impl AuthActions {
    /// Changes whenever any of the actions completes.
    pub fn version(&self) -> usize {
        self.register.version().get()
            + self.sign_in.version().get()
            + self.sign_out.version().get()
            + self.update_profile.version().get()
            + self.sign_out_everywhere.version().get()
    }
}

/// Who is signed in, loaded once per page and after every auth action.
#[derive(Clone, Copy)]
pub struct ViewerResource(pub Resource<Result<Option<Viewer>, AppError>>);

/// `?a=1&b=2` from the pairs that have a value, encoded; empty when none has.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        query.append_pair(name, value);
    }
    let query = query.finish();
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}

/// The address of a list's next page, when there is one (`start`): `path` with the query
/// of `pairs` and then `start_name` (`after` or `before`) set to where that page starts.
pub fn next_page_href(
    path: &str,
    pairs: &[(&str, &str)],
    start_name: &str,
    start: Option<i64>,
) -> Option<String> {
    start.map(|start| {
        let start = start.to_string();
        let mut all: Vec<(&str, &str)> = pairs.to_vec();
        all.push((start_name, &start));
        format!("{path}{}", query_string(&all))
    })
}

/// Whether this page was loaded right after the server refused a post of the form to
/// `endpoint` (without JavaScript the browser comes back with the error in the address).
pub fn after_refusal(query: Memo<leptos_router::params::ParamsMap>, endpoint: &str) -> bool {
    query.with_untracked(|q| {
        q.get("__err").is_some() && q.get("__path").is_some_and(|p| p.ends_with(endpoint))
    })
}

/// The error of an action's last run, if it failed.
pub fn action_error<I, O>(action: ServerAction<I>) -> Signal<Option<AppError>>
where
    I: server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(Result::err))
}
