//! A person's own data as JSON, and an administrator's erasure of an account's personal
//! data with its comments kept as a withdrawn participant's.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::personal_data::{self, WITHDRAWN_PARTICIPANT};
use app::backend::{comments, desk};
use app::domain::comment::CommentFilter;
use app::domain::{AppError, Problem};
use common::*;

#[tokio::test]
async fn a_stakeholder_downloads_everything_held_about_them_and_nobody_else() {
    let w = open_world().await;
    let published = named_by_ana(&w, BODY).await;
    publish(&w, published).await;
    let pending = submit(
        &w,
        w.ana,
        "",
        "A first draft of a comment on the paper as a whole.",
        &[],
        "anonymous",
    )
    .await;
    comments::edit(
        &w.db,
        w.ana,
        pending,
        &form(
            "",
            "A second draft of a comment on the paper as a whole.",
            &[],
            "anonymous",
        ),
    )
    .await
    .unwrap();
    let bens = submit(
        &w,
        w.ben,
        "1.1",
        "Ben's own comment on the scope of the paper.",
        &[],
        "name_and_organisation",
    )
    .await;
    publish(&w, bens).await;
    desk::flag_comment(&w.db, w.ana, bens, "off_topic", "Not about the paper.")
        .await
        .unwrap();
    common::sign_in_as(&w.db, "ana@example.org").await.unwrap();

    let data = personal_data::export(&w.db, w.ana).await.unwrap();
    assert_eq!(data["account"]["email"], "ana@example.org");
    assert_eq!(data["account"]["display_name"], "Ana Souza");
    assert_eq!(data["account"]["organisation"], "Instituto Nupef");
    assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
    let text = data.to_string();
    assert!(!text.contains("token"), "never a session token");
    assert!(!text.contains("argon2"), "never the password hash");
    let written = data["comments"].as_array().unwrap();
    assert_eq!(written.len(), 2, "every status");
    assert_eq!(written[0]["status"], "published");
    // Where it was written: the paper, its version and the paragraph's number in it.
    assert_eq!(
        (
            &written[0]["paper"],
            &written[0]["version"],
            &written[0]["paragraph"]
        ),
        (
            &serde_json::json!(PAPER),
            &serde_json::json!(1),
            &serde_json::json!("1.1")
        )
    );
    assert_eq!(written[1]["paragraph"], serde_json::Value::Null);
    assert_eq!(written[0]["tags"][0], "root-servers");
    assert_eq!(
        written[1]["body"],
        "A second draft of a comment on the paper as a whole."
    );
    assert_eq!(
        written[1]["earlier_versions"][0]["body"],
        "A first draft of a comment on the paper as a whole."
    );
    assert_eq!(data["reported_comments"][0]["comment_id"], bens);
    assert!(
        !text.contains("Ben's own comment"),
        "nobody else's comments"
    );
    assert!(!text.contains("Ben Okafor"));
}

#[tokio::test]
async fn erasure_removes_the_person_and_keeps_their_comments_in_the_record() {
    let w = open_world().await;
    let id = named_by_ana(&w, BODY).await;
    publish(&w, id).await;
    let (_, token) = common::sign_in_as(&w.db, "ana@example.org").await.unwrap();

    assert_eq!(personal_data::erase(&w.db, w.ana).await.unwrap(), 1);

    // The person is gone: no e-mail, name or organisation; no session; no sign-in.
    let data = personal_data::export(&w.db, w.ana).await.unwrap();
    let text = data.to_string();
    for personal in ["ana@example.org", "Ana Souza", "Instituto Nupef"] {
        assert!(!text.contains(personal), "{personal} is still held");
    }
    assert!(
        app::backend::sessions::resolve(&w.db, &token)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        common::sign_in_as(&w.db, "ana@example.org")
            .await
            .unwrap_err(),
        AppError::validation(app::domain::Field::Form, Problem::BadCredentials)
    );
    // The comment stays published, as a withdrawn participant's of the same group and country.
    let paper = opened(&w, "1.1", &CommentFilter::default()).await;
    let shown = &paper.comments[0];
    assert_eq!(shown.body, BODY);
    assert_eq!(shown.author.name, None);
    assert_eq!(shown.author.organisation, None);
    assert_eq!(shown.author.country, "BR");
    assert_eq!(data["comments"][0]["author"]["name"], WITHDRAWN_PARTICIPANT);
}
