//! Reaching people, in the backend, on both engines: a message is in the outbox if and
//! only if its event committed; a new account's comments wait until its address is
//! verified; recovery links work once, for an hour, and say nothing about which addresses
//! have accounts; "this was not me" withdraws a comment; notices follow each person's
//! choice. Delivery over SMTP is tested against a real server in `server/tests/mail.rs`.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::accounts::{self, recovery};
use app::backend::comments::not_me;
use app::backend::entities::{account_token, comment, flag, outbox, user};
use app::backend::{desk, mail, moderation, sessions};
use app::domain::comment::{Arrival, CommentStatus};
use app::domain::desk::FlagReason;
use app::domain::{AppError, RegistrationForm};
use app::i18n::Locale;
use common::*;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

fn registration(email: &str) -> RegistrationForm {
    RegistrationForm {
        email: email.into(),
        password: PASSWORD.into(),
        display_name: "Kwame Mensah".into(),
        stakeholder_group: "civil_society".into(),
        country: "GH".into(),
        organisation: String::new(),
        capacity: "personal".into(),
    }
}

/// The outbox's messages of this kind to this address, oldest first.
async fn mails(w: &World, to: &str, kind: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::Recipient.eq(to))
        .filter(outbox::Column::Kind.eq(kind))
        .order_by_asc(outbox::Column::Id)
        .all(&w.db)
        .await
        .unwrap()
}

/// The token of the first link in a message that goes to `path`.
fn token_in(message: &outbox::Model, path: &str) -> String {
    let word = message
        .text_body
        .split_whitespace()
        .find(|w| w.contains(path))
        .unwrap_or_else(|| panic!("no link to {path} in {}", message.text_body));
    word.rsplit("token=").next().unwrap().to_owned()
}

#[tokio::test]
async fn a_message_is_in_the_outbox_if_and_only_if_its_transaction_commits() {
    let w = open_world().await;
    let letter = |to: &str| mail::Letter {
        kind: "test",
        to: to.to_owned(),
        language: "en".into(),
        subject: "Hello".into(),
        text: "Hello".into(),
        html: "<p>Hello</p>".into(),
        unsubscribe: None,
    };
    let txn = w.db.begin().await.unwrap();
    mail::put(&txn, vec![letter("rolled@example.org")])
        .await
        .unwrap();
    txn.rollback().await.unwrap();
    let txn = w.db.begin().await.unwrap();
    mail::put(&txn, vec![letter("kept@example.org")])
        .await
        .unwrap();
    txn.commit().await.unwrap();
    assert!(mails(&w, "rolled@example.org", "test").await.is_empty());
    assert_eq!(mails(&w, "kept@example.org", "test").await.len(), 1);

    // A registration refused (the address is taken) leaves no message either.
    let taken = accounts::register(&w.db, &registration("ana@example.org"), Locale::En).await;
    assert!(taken.is_err());
    assert!(mails(&w, "ana@example.org", "verify").await.is_empty());
}

#[tokio::test]
async fn a_new_accounts_comments_wait_until_its_address_is_verified() {
    let w = open_world().await;
    let (viewer, _) = accounts::register(&w.db, &registration("kwame@example.org"), Locale::Fr)
        .await
        .unwrap();
    let verify = mails(&w, "kwame@example.org", "verify").await;
    assert_eq!(verify.len(), 1);
    assert_eq!(verify[0].language, "fr", "in the language of the page");
    assert!(verify[0].text_body.contains("{site}/verify-email?token="));

    let id = submit(&w, viewer.id, "1.1", BODY, &[], "anonymous").await;
    let receipt = &mails(&w, "kwame@example.org", "receipt").await[0];
    assert!(receipt.subject.contains("C-"), "{}", receipt.subject);
    assert!(receipt.text_body.contains("{site}/not-me?token="));
    let queue = desk::queue(&w.db, &Default::default(), None).await.unwrap();
    assert!(
        queue.items.iter().all(|i| i.id != id),
        "held outside the queue"
    );
    assert!(comments_mine(&w, viewer.id, id).await.held);
    assert_eq!(
        moderation::transition(
            &w.db,
            Some(w.secretariat),
            id,
            CommentStatus::Published,
            None
        )
        .await
        .err(),
        Some(AppError::conflict(
            app::domain::Field::Form,
            app::domain::Problem::NotAllowedNow
        )),
        "never published before"
    );

    let token = token_in(&verify[0], "/verify-email");
    recovery::verify(&w.db, &token).await.unwrap();
    assert_eq!(
        recovery::verify(&w.db, &token).await.err(),
        Some(AppError::NotFound),
        "a link works once"
    );
    let queue = desk::queue(&w.db, &Default::default(), None).await.unwrap();
    let item = queue.items.iter().find(|i| i.id == id).unwrap();
    assert_eq!(item.arrival, Arrival::Verified);
    assert!(!comments_mine(&w, viewer.id, id).await.held);
    publish(&w, id).await;

    // An expired link does nothing.
    let (other, _) = accounts::register(&w.db, &registration("late@example.org"), Locale::En)
        .await
        .unwrap();
    let late = token_in(
        &mails(&w, "late@example.org", "verify").await[0],
        "/verify-email",
    );
    account_token::Entity::update_many()
        .col_expr(
            account_token::Column::ExpiresAt,
            (app::backend::now() - time::Duration::minutes(1)).into(),
        )
        .filter(account_token::Column::UserId.eq(other.id))
        .exec(&w.db)
        .await
        .unwrap();
    assert_eq!(
        recovery::verify(&w.db, &late).await.err(),
        Some(AppError::NotFound)
    );
}

async fn comments_mine(w: &World, author: i64, id: i64) -> app::domain::comment::MyComment {
    app::backend::comments::mine(&w.db, author, id)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_recovery_link_sets_a_password_once_ends_the_sessions_and_says_nothing_of_others() {
    let w = open_world().await;
    // Unknown and known addresses get the same answer; only a known one gets a message.
    recovery::request_reset(&w.db, "nobody@example.org")
        .await
        .unwrap();
    assert_eq!(outbox::Entity::find().count(&w.db).await.unwrap(), 0);
    let (_, session) = sign_in(&w.db, "ana@example.org", PASSWORD).await.unwrap();
    recovery::request_reset(&w.db, "  ANA@example.org ")
        .await
        .unwrap();
    recovery::request_reset(&w.db, "ana@example.org")
        .await
        .unwrap();
    let sent = mails(&w, "ana@example.org", "reset").await;
    assert_eq!(sent.len(), 2);
    let first = token_in(&sent[0], "/reset-password");
    let second = token_in(&sent[1], "/reset-password");

    // A refused password leaves the link usable.
    assert!(matches!(
        recovery::reset_password(&w.db, &second, "short").await,
        Err(AppError::Validation(_))
    ));
    let new_password = "a brand new pass phrase for Ana";
    recovery::reset_password(&w.db, &second, new_password)
        .await
        .unwrap();
    assert_eq!(
        recovery::reset_password(&w.db, &second, new_password)
            .await
            .err(),
        Some(AppError::NotFound),
        "once"
    );
    assert_eq!(
        recovery::reset_password(&w.db, &first, new_password)
            .await
            .err(),
        Some(AppError::NotFound),
        "the other links of the account are spent too"
    );
    assert!(
        sessions::resolve(&w.db, &session).await.unwrap().is_none(),
        "every session ended"
    );
    assert!(sign_in(&w.db, "ana@example.org", PASSWORD).await.is_err());
    assert!(
        sign_in(&w.db, "ana@example.org", new_password)
            .await
            .is_ok()
    );
    assert_eq!(
        mails(&w, "ana@example.org", "password_changed").await.len(),
        1
    );

    // A link older than an hour does nothing.
    recovery::request_reset(&w.db, "ben@example.org")
        .await
        .unwrap();
    let old = token_in(
        &mails(&w, "ben@example.org", "reset").await[0],
        "/reset-password",
    );
    account_token::Entity::update_many()
        .col_expr(
            account_token::Column::ExpiresAt,
            (app::backend::now() - time::Duration::seconds(1)).into(),
        )
        .filter(account_token::Column::Purpose.eq("reset"))
        .exec(&w.db)
        .await
        .unwrap();
    assert_eq!(
        recovery::reset_password(&w.db, &old, new_password)
            .await
            .err(),
        Some(AppError::NotFound)
    );
}

#[tokio::test]
async fn this_was_not_me_withdraws_the_comment_flags_it_and_logs_it() {
    let w = open_world().await;
    let id = named_by_ana(
        &w,
        "A comment someone sent in Ana's name, about the root zone.",
    )
    .await;
    publish(&w, id).await;
    let receipt = &mails(&w, "ana@example.org", "receipt").await[0];
    let token = token_in(receipt, "/not-me");
    let shown = not_me::comment(&w.db, &token).await.unwrap();
    assert!(shown.excerpt.contains("in Ana's name"));
    not_me::report(&w.db, &token).await.unwrap();
    assert_eq!(
        not_me::report(&w.db, &token).await.err(),
        Some(AppError::NotFound)
    );
    let after = comment::Entity::find_by_id(id)
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.status, CommentStatus::Hidden);
    assert_eq!(after.status_reason.as_deref(), Some(not_me::REASON));
    let flags = flag::Entity::find()
        .filter(flag::Column::CommentId.eq(id))
        .all(&w.db)
        .await
        .unwrap();
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].reason, FlagReason::NotSent);
    let item = desk::item(&w.db, id).await.unwrap();
    assert!(item.flags.iter().any(|f| f.reason == FlagReason::NotSent));
}

#[tokio::test]
async fn notices_follow_each_persons_choice_and_turn_off_in_one_click() {
    let w = open_world().await;
    let id = named_by_ana(
        &w,
        "The root zone changes should be published with reasons.",
    )
    .await;
    publish(&w, id).await;
    let notices = mails(&w, "ana@example.org", "decision").await;
    assert_eq!(notices.len(), 1);
    let notice = &notices[0];
    assert!(notice.subject.contains("published"), "{}", notice.subject);
    let off = notice.list_unsubscribe.clone().unwrap();
    assert!(off.starts_with("{site}/notices/off?token="), "{off}");
    recovery::notices_off(&w.db, off.rsplit("token=").next().unwrap())
        .await
        .unwrap();
    let ana = user::Entity::find_by_id(w.ana)
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    assert!(!ana.notify_outcomes && !ana.notify_versions);

    let other = named_by_ana(&w, "A second comment, on the oversight of the root zone.").await;
    moderation::transition(
        &w.db,
        Some(w.secretariat),
        other,
        CommentStatus::Rejected,
        Some("Off topic"),
    )
    .await
    .unwrap();
    assert_eq!(
        mails(&w, "ana@example.org", "decision").await.len(),
        1,
        "no notice once turned off; receipts still come"
    );
    assert_eq!(mails(&w, "ana@example.org", "receipt").await.len(), 2);

    // Ben keeps his notices: a rejection tells him why.
    let mut ben: user::ActiveModel = user::Entity::find_by_id(w.ben)
        .one(&w.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    ben.language = Set("fr".into());
    ben.update(&w.db).await.unwrap();
    let his = submit(&w, w.ben, "1.1", BODY, &[], "anonymous").await;
    moderation::transition(
        &w.db,
        Some(w.secretariat),
        his,
        CommentStatus::Rejected,
        Some("Hors sujet"),
    )
    .await
    .unwrap();
    let told = &mails(&w, "ben@example.org", "decision").await[0];
    assert_eq!(told.language, "fr");
    assert!(told.text_body.contains("Hors sujet"));
}

#[tokio::test]
async fn a_new_address_takes_effect_only_once_its_link_is_followed() {
    let w = open_world().await;
    // The password is asked, and an address another account uses is refused.
    assert!(matches!(
        recovery::request_email_change(&w.db, w.ana, "ana.new@example.org", "wrong pass").await,
        Err(AppError::Validation(_))
    ));
    assert!(matches!(
        recovery::request_email_change(&w.db, w.ana, "ben@example.org", PASSWORD).await,
        Err(AppError::Conflict(_))
    ));
    recovery::request_email_change(&w.db, w.ana, "Ana.New@Example.org", PASSWORD)
        .await
        .unwrap();
    let link = &mails(&w, "ana.new@example.org", "change_address").await[0];
    let notice = &mails(&w, "ana@example.org", "change_notice").await[0];
    assert!(notice.text_body.contains("ana.new@example.org"));
    // Until the link is followed the account keeps its address.
    assert!(sign_in(&w.db, "ana@example.org", PASSWORD).await.is_ok());
    let token = token_in(link, "/verify-email");
    assert_eq!(
        recovery::verify(&w.db, &token).await.unwrap(),
        recovery::Verified::NewAddress
    );
    assert!(
        sign_in(&w.db, "ana.new@example.org", PASSWORD)
            .await
            .is_ok()
    );
    assert!(sign_in(&w.db, "ana@example.org", PASSWORD).await.is_err());
    assert_eq!(
        recovery::verify(&w.db, &token).await.err(),
        Some(AppError::NotFound)
    );
}
