//! Service tests of accounts and sessions, on a fresh in-memory SQLite database each.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::entities::session;
use app::backend::throttle::{Action, Throttle};
use app::backend::{accounts, db, sessions};
use app::domain::{AppError, Field, Problem, ProfileForm, RegistrationForm, Role, Viewer};
use app::i18n::Locale;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

fn form(email: &str) -> RegistrationForm {
    RegistrationForm {
        email: email.into(),
        password: common::PASSWORD.into(),
        display_name: "Amina Diallo".into(),
        stakeholder_group: "civil_society".into(),
        country: "SN".into(),
        organisation: String::new(),
        capacity: "personal".into(),
    }
}

/// A fresh database with Amina registered: the database, who she is and her session token.
async fn with_amina() -> (DatabaseConnection, Viewer, String) {
    let db = db::scratch().await.unwrap();
    let (viewer, token) = accounts::register(&db, &form("amina@example.org"), Locale::En)
        .await
        .unwrap();
    (db, viewer, token)
}

/// The moment `days` days ago.
fn days_ago(days: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc() - time::Duration::days(days)
}

/// Changes the one stored session with `change`, as the database would hold it.
async fn change_session(db: &DatabaseConnection, change: impl FnOnce(&mut session::ActiveModel)) {
    let stored = session::Entity::find().one(db).await.unwrap().unwrap();
    let mut active: session::ActiveModel = stored.into();
    change(&mut active);
    active.update(db).await.unwrap();
}

#[tokio::test]
async fn register_signs_the_person_in_as_a_stakeholder() {
    let db = db::scratch().await.unwrap();
    let (viewer, token) = accounts::register(&db, &form("Amina@Example.org"), Locale::En)
        .await
        .unwrap();
    assert_eq!(viewer.role, Role::Stakeholder);
    assert_eq!(viewer.display_name, "Amina Diallo");
    let resolved = sessions::resolve(&db, &token)
        .await
        .unwrap()
        .expect("live session");
    assert_eq!(resolved.current.viewer(), viewer);
    // A comment copies the account as the session read it.
    assert_eq!(
        resolved.current.account,
        app::backend::accounts::author::Author::of(&db, viewer.id)
            .await
            .unwrap()
    );
    let profile = accounts::profile(&db, viewer.id).await.unwrap();
    assert_eq!(profile.email, "amina@example.org", "stored lower-cased");
}

#[tokio::test]
async fn a_duplicate_email_in_any_case_is_a_conflict_on_the_email_field() {
    let (db, _, _) = with_amina().await;
    let err = accounts::register(&db, &form("  AMINA@Example.ORG "), Locale::En)
        .await
        .unwrap_err();
    assert_eq!(err, AppError::conflict(Field::Email, Problem::EmailTaken));
}

#[tokio::test]
async fn invalid_registrations_are_refused_field_by_field() {
    let db = db::scratch().await.unwrap();
    let mut bad = form("not-an-email");
    bad.password = "short".into();
    let AppError::Validation(problems) =
        accounts::register(&db, &bad, Locale::En).await.unwrap_err()
    else {
        panic!("expected a validation error");
    };
    assert_eq!(problems.get(Field::Email), Some(&Problem::InvalidEmail));
    assert_eq!(
        problems.get(Field::Password),
        Some(&Problem::TooShort { min: 12 })
    );
}

#[tokio::test]
async fn common_and_guessable_passwords_are_refused_and_long_pass_phrases_pasted_in_are_not() {
    let db = db::scratch().await.unwrap();
    let mut accepted = Vec::new();
    for (i, common) in [
        "password1234",
        "qwertyuiop123",
        "123456789012",
        "iloveyou2024",
        "P@ssw0rd2024",
        "aaaaaaaaaaaaaaaa",
        // The person's own name and e-mail are known words too.
        "AminaDiallo2024",
        "<own e-mail>",
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("amina.{i}@example.org");
        let mut weak = form(&email);
        weak.password = if common == "<own e-mail>" {
            email.clone()
        } else {
            common.to_owned()
        };
        match accounts::register(&db, &weak, Locale::En).await {
            Err(err) => assert_eq!(
                err,
                AppError::validation(Field::Password, Problem::PasswordTooCommon),
                "{common}"
            ),
            Ok(_) => accepted.push(common),
        }
    }
    assert!(accepted.is_empty(), "accepted: {accepted:?}");
    let mut strong = form("amina@example.org");
    // Up to 128 characters, any script, spaces kept: a pass phrase from a manager.
    strong.password = "Ndank ndank mooy japp golo ci naay — slowly, slowly the monkey is caught in the forest of Casamance 2005 ✓"
        .chars()
        .take(128)
        .collect();
    accounts::register(&db, &strong, Locale::En).await.unwrap();
}

#[tokio::test]
async fn sign_in_checks_the_password_and_says_the_same_for_unknown_emails() {
    let (db, _, _) = with_amina().await;

    let (viewer, token) = common::sign_in_as(&db, "AMINA@example.org").await.unwrap();
    assert_eq!(viewer.display_name, "Amina Diallo");
    assert!(sessions::resolve(&db, &token).await.unwrap().is_some());

    let wrong = common::sign_in(&db, "amina@example.org", "not the right phrase")
        .await
        .unwrap_err();
    let unknown = common::sign_in_as(&db, "nobody@example.org")
        .await
        .unwrap_err();
    assert_eq!(
        wrong,
        AppError::validation(Field::Form, Problem::BadCredentials)
    );
    assert_eq!(wrong, unknown, "no way to tell which e-mails have accounts");
}

#[tokio::test]
async fn each_sign_in_gets_a_fresh_token_and_sign_out_ends_only_that_session() {
    let (db, _, first) = with_amina().await;
    let (_, second) = common::sign_in_as(&db, "amina@example.org").await.unwrap();
    assert_ne!(first, second);
    sessions::end(&db, &second).await.unwrap();
    assert!(sessions::resolve(&db, &second).await.unwrap().is_none());
    assert!(sessions::resolve(&db, &first).await.unwrap().is_some());
}

#[tokio::test]
async fn only_the_hash_of_a_token_is_stored() {
    let (db, _, token) = with_amina().await;
    let stored = session::Entity::find().all(&db).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0].token_hash, token);
    assert_eq!(stored[0].token_hash.len(), 64);
    assert!(
        sessions::resolve(&db, &stored[0].token_hash)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_session_idle_for_fourteen_days_is_refused_and_removed() {
    let (db, _, token) = with_amina().await;
    change_session(&db, |s| s.last_seen_at = Set(days_ago(14))).await;

    assert!(sessions::resolve(&db, &token).await.unwrap().is_none());
    assert_eq!(session::Entity::find().all(&db).await.unwrap().len(), 0);
}

#[tokio::test]
async fn a_session_ends_thirty_days_after_sign_in_however_active() {
    let (db, _, token) = with_amina().await;
    change_session(&db, |s| s.created_at = Set(days_ago(30))).await;
    assert!(sessions::resolve(&db, &token).await.unwrap().is_none());
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_account() {
    let (db, viewer, first) = with_amina().await;
    let (_, second) = common::sign_in_as(&db, "amina@example.org").await.unwrap();
    sessions::end_all(&db, viewer.id).await.unwrap();
    assert!(sessions::resolve(&db, &first).await.unwrap().is_none());
    assert!(sessions::resolve(&db, &second).await.unwrap().is_none());
}

#[tokio::test]
async fn a_session_seen_recently_survives_and_is_touched_when_stale() {
    let (db, _, token) = with_amina().await;
    assert!(
        !sessions::resolve(&db, &token)
            .await
            .unwrap()
            .unwrap()
            .touched
    );
    change_session(&db, |s| s.last_seen_at = Set(days_ago(13))).await;
    assert!(
        sessions::resolve(&db, &token)
            .await
            .unwrap()
            .unwrap()
            .touched
    );
    let after = session::Entity::find().one(&db).await.unwrap().unwrap();
    assert!(after.last_seen_at > time::OffsetDateTime::now_utc() - time::Duration::minutes(1));
}

#[tokio::test]
async fn suspension_and_role_changes_end_sessions_at_once() {
    let (db, viewer, token) = with_amina().await;
    accounts::set_role(&db, viewer.id, Role::Secretariat)
        .await
        .unwrap();
    assert!(sessions::resolve(&db, &token).await.unwrap().is_none());

    let (again, token) = common::sign_in_as(&db, "amina@example.org").await.unwrap();
    assert_eq!(again.role, Role::Secretariat);
    accounts::suspend(&db, viewer.id).await.unwrap();
    assert!(sessions::resolve(&db, &token).await.unwrap().is_none());
    let err = common::sign_in_as(&db, "amina@example.org")
        .await
        .unwrap_err();
    assert_eq!(
        err,
        AppError::validation(Field::Form, Problem::AccountSuspended)
    );
}

#[tokio::test]
async fn profiles_are_edited_with_the_same_validation() {
    let (db, viewer, _) = with_amina().await;
    let mut edit = ProfileForm {
        display_name: "Amina D.".into(),
        stakeholder_group: "academic_technical".into(),
        country: "fr".into(),
        organisation: "Université de Dakar".into(),
        capacity: "organisation".into(),
    };
    let profile = accounts::update_profile(&db, viewer.id, &edit)
        .await
        .unwrap();
    assert_eq!(profile.display_name, "Amina D.");
    assert_eq!(profile.country, "FR");
    assert_eq!(profile.organisation.as_deref(), Some("Université de Dakar"));

    edit.organisation = String::new();
    let AppError::Validation(p) = accounts::update_profile(&db, viewer.id, &edit)
        .await
        .unwrap_err()
    else {
        panic!("expected a validation error");
    };
    assert_eq!(p.get(Field::Organisation), Some(&Problem::Required));
}

#[tokio::test]
async fn create_account_makes_an_admin_with_no_default_password() {
    let db = db::scratch().await.unwrap();
    let new = |password: &str| accounts::NewAccount {
        email: "admin@example.org".into(),
        password: password.into(),
        display_name: "Admin".into(),
        stakeholder_group: app::domain::StakeholderGroup::Intergovernmental,
        country: "CH".into(),
        organisation: None,
        role: Role::Admin,
    };
    assert!(matches!(
        accounts::create_account(&db, new("")).await,
        Err(AppError::Validation(_))
    ));
    let admin = accounts::create_account(&db, new("an admin pass phrase"))
        .await
        .unwrap();
    assert_eq!(admin.role, Role::Admin);
}

/// One sign-in through the real limits of a server process, as `api::sign_in` does it.
async fn attempt(
    db: &sea_orm::DatabaseConnection,
    throttle: &Throttle,
    password: &str,
    browser: Option<&str>,
    address: &str,
) -> Result<accounts::SignedIn, AppError> {
    throttle.check(Action::SignInFrom, address)?;
    let attempt = accounts::SignInAttempt {
        email: "amina@example.org",
        password,
        browser,
        address,
    };
    accounts::sign_in(db, attempt, |email| throttle.check(Action::SignInTo, email)).await
}

#[tokio::test]
async fn guessing_from_many_addresses_slows_the_guesser_not_the_owner_who_is_told() {
    let (db, _, _) = with_amina().await;
    let throttle = Throttle::default();
    let right = "a long enough pass phrase";
    // The owner signs in at the office; the browser is remembered.
    let first = attempt(&db, &throttle, right, None, "198.51.100.7")
        .await
        .unwrap();
    assert_eq!(first.failed_attempts, 0);

    // 200 guesses from 200 addresses: nine reach the password check (the owner's sign-in
    // took the tenth of the account's minute), the rest wait.
    let (mut wrong, mut held_back) = (0, 0);
    for n in 0..200 {
        match attempt(&db, &throttle, "guess", None, &format!("203.0.113.{n}")).await {
            Err(AppError::TooManyRequests { .. }) => held_back += 1,
            Err(_) => wrong += 1,
            Ok(_) => panic!("a guess signed in"),
        }
    }
    assert_eq!((wrong, held_back), (9, 191));

    // A new browser at a new address is held back with the guesser...
    let stranger = attempt(&db, &throttle, right, None, "192.0.2.99").await;
    assert!(
        matches!(stranger, Err(AppError::TooManyRequests { .. })),
        "{stranger:?}"
    );
    // ...but the owner's browser, from anywhere, is not, and the owner learns of the nine.
    let owner = attempt(&db, &throttle, right, Some(&first.browser), "192.0.2.200")
        .await
        .unwrap();
    assert_eq!(owner.failed_attempts, 9);
    assert_eq!(owner.browser, first.browser, "the browser keeps its token");
    // Nor is the owner at an address they signed in from, in another browser; the count
    // was told once.
    let office = attempt(&db, &throttle, right, None, "198.51.100.7")
        .await
        .unwrap();
    assert_eq!(office.failed_attempts, 0);
    // A wrong password from the known browser is no key: it is still wrong.
    let typo = attempt(
        &db,
        &throttle,
        "a long enough pass phrasf",
        Some(&first.browser),
        "192.0.2.200",
    )
    .await;
    assert_eq!(
        typo.unwrap_err(),
        AppError::validation(Field::Form, Problem::BadCredentials)
    );
    // A browser known to another account is not known to this one.
    accounts::register(&db, &form("ben@example.org"), Locale::En)
        .await
        .unwrap();
    let bens = accounts::sign_in(
        &db,
        accounts::SignInAttempt {
            email: "ben@example.org",
            password: right,
            browser: None,
            address: "192.0.2.50",
        },
        |_| Ok(()),
    )
    .await
    .unwrap();
    let borrowed = attempt(&db, &throttle, right, Some(&bens.browser), "192.0.2.98").await;
    assert!(
        matches!(borrowed, Err(AppError::TooManyRequests { .. })),
        "{borrowed:?}"
    );
}
