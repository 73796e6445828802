//! Server functions: thin. Who is asking → may they → one service call → a DTO.

pub mod accounts;
pub mod admin;
pub mod comments;
pub mod consultations;
pub mod contributions;
pub mod desk;
pub mod digests;
pub mod editor;
pub mod recovery;
pub mod themes;

#[cfg(feature = "ssr")]
pub mod guard {
    //! The one place where server functions learn who is calling and what they may do.

    use crate::backend::AppState;
    use crate::backend::accounts::author::Author;
    use crate::backend::sessions::CurrentSession;
    use crate::domain::{AppError, Role, Viewer};
    use http::request::Parts;
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;

    pub fn state() -> Result<AppState, AppError> {
        use_context::<AppState>().ok_or_else(|| crate::backend::internal("no AppState in context"))
    }

    /// What the session middleware resolved for this request, if someone is signed in.
    fn current_session<T>(pick: impl FnOnce(&CurrentSession) -> T) -> Option<T> {
        use_context::<Parts>()?
            .extensions
            .get::<CurrentSession>()
            .map(pick)
    }

    /// The signed-in person, as the session middleware resolved them for this request.
    pub fn current_user() -> Option<Viewer> {
        current_session(CurrentSession::viewer)
    }

    pub fn require_user() -> Result<Viewer, AppError> {
        current_user().ok_or(AppError::Unauthorized)
    }

    /// The signed-in person as the author of a comment: what a comment copies from their
    /// account, read with their session.
    pub fn require_author() -> Result<Author, AppError> {
        current_session(|s| s.account.clone()).ok_or(AppError::Unauthorized)
    }

    /// The caller if their role includes `role`: Unauthorized when signed out, Forbidden
    /// when the role is not enough.
    pub fn require_role(role: Role) -> Result<Viewer, AppError> {
        let viewer = require_user()?;
        if viewer.role.includes(role) {
            Ok(viewer)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Whether this request is a plain HTML form post (JavaScript off), which is answered
    /// with a redirect rather than data.
    pub fn is_form_post() -> bool {
        use_context::<Parts>().is_some_and(|parts| {
            parts
                .headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
        })
    }

    /// Gives an error its HTTP status (a form post keeps its redirect) and passes the
    /// result on.
    pub fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
        if let Err(err) = &result
            && !is_form_post()
            && let (Some(options), Ok(status)) = (
                use_context::<ResponseOptions>(),
                http::StatusCode::from_u16(err.status()),
            )
        {
            options.set_status(status);
            if let AppError::TooManyRequests { retry_after_secs } = err
                && let Ok(value) = http::HeaderValue::from_str(&retry_after_secs.to_string())
            {
                options.insert_header(http::header::RETRY_AFTER, value);
            }
        }
        result
    }

    /// The caller's network address (the TCP peer), for per-address limits.
    pub fn client_address() -> String {
        use_context::<Parts>()
            .and_then(|parts| {
                parts
                    .extensions
                    .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                    .map(|info| info.0.ip().to_string())
            })
            .unwrap_or_else(|| "unknown".to_owned())
    }

    /// Counts an attempt against a limit; 429 with the wait when over it.
    pub fn throttle(action: crate::backend::throttle::Action, key: &str) -> Result<(), AppError> {
        state()?.throttle.check(action, key)
    }

    /// Adds a `Set-Cookie` header to the response.
    pub fn set_cookie(value: &str) {
        if let (Some(options), Ok(value)) = (
            use_context::<ResponseOptions>(),
            http::HeaderValue::from_str(value),
        ) {
            options.append_header(http::header::SET_COOKIE, value);
        }
    }

    /// Goes back to the page the form was on (a path of this site only).
    pub fn back_to(back: &str, fallback: &str) {
        let safe = back.starts_with('/') && !back.starts_with("//") && !back.contains('\\');
        leptos_axum::redirect(if safe { back } else { fallback });
    }

    /// The value of a request cookie.
    pub fn cookie(name: &str) -> Option<String> {
        let parts = use_context::<Parts>()?;
        crate::backend::sessions::cookie_value(&parts.headers, name)
    }
}
