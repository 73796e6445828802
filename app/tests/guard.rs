//! The role checks every server function calls, given the session the middleware resolved.
#![cfg(feature = "ssr")]

use app::api::guard::{current_user, require_author, require_role, require_user};
use app::backend::accounts::author::Author;
use app::backend::sessions::CurrentSession;
use app::domain::{AppError, Capacity, Role, StakeholderGroup, Viewer};
use leptos::prelude::{Owner, provide_context};

fn with_viewer<T>(viewer: Option<Viewer>, check: impl FnOnce() -> T) -> T {
    let owner = Owner::new();
    owner.with(|| {
        let mut request = http::Request::new(());
        if let Some(viewer) = viewer {
            request.extensions_mut().insert(CurrentSession {
                session_id: 1,
                role: viewer.role,
                account: author(&viewer),
            });
        }
        let (parts, ()) = request.into_parts();
        provide_context(parts);
        check()
    })
}

fn author(viewer: &Viewer) -> Author {
    Author {
        id: viewer.id,
        display_name: viewer.display_name.clone(),
        stakeholder_group: StakeholderGroup::CivilSociety,
        country: "KE".into(),
        organisation: None,
        capacity: Capacity::Personal,
        email: "someone@example.org".into(),
        language: "en".into(),
        verified: true,
    }
}

fn viewer(role: Role) -> Viewer {
    Viewer {
        id: 7,
        display_name: "Someone".into(),
        role,
    }
}

#[test]
fn visitors_are_unauthorized_for_anything_that_needs_an_account() {
    with_viewer(None, || {
        assert_eq!(current_user(), None);
        assert_eq!(require_user(), Err(AppError::Unauthorized));
        assert_eq!(require_author(), Err(AppError::Unauthorized));
        assert_eq!(require_role(Role::Stakeholder), Err(AppError::Unauthorized));
        assert_eq!(require_role(Role::Secretariat), Err(AppError::Unauthorized));
    });
}

#[test]
fn roles_are_checked_from_least_to_most_powerful() {
    let table = [
        (Role::Stakeholder, Role::Stakeholder, true),
        (Role::Stakeholder, Role::Secretariat, false),
        (Role::Stakeholder, Role::Admin, false),
        (Role::Secretariat, Role::Stakeholder, true),
        (Role::Secretariat, Role::Secretariat, true),
        (Role::Secretariat, Role::Admin, false),
        (Role::Admin, Role::Secretariat, true),
        (Role::Admin, Role::Admin, true),
    ];
    for (has, needs, allowed) in table {
        with_viewer(Some(viewer(has)), || {
            let result = require_role(needs);
            if allowed {
                assert_eq!(result, Ok(viewer(has)), "{has:?} for {needs:?}");
            } else {
                assert_eq!(result, Err(AppError::Forbidden), "{has:?} for {needs:?}");
            }
        });
    }
}

#[test]
fn a_signed_in_person_writes_as_the_author_their_session_read() {
    let someone = viewer(Role::Stakeholder);
    with_viewer(Some(someone.clone()), || {
        assert_eq!(require_author(), Ok(author(&someone)));
    });
}
