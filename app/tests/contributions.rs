//! Contributions in the backend, on both engines: a refused contribution stores nothing and
//! keeps its fields for the form; an accepted one is pending, audited, and searchable only
//! once published; its author's data export lists it with its files, and the erasure of the
//! account deletes the files and keeps an anonymous record.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::contributions::{self, Refused, Sent, decisions, reading};
use app::backend::documents::Received;
use app::backend::entities::{file_chunk, stored_file};
use app::backend::personal_data::{self, WITHDRAWN_PARTICIPANT};
use app::domain::comment::CommentStatus;
use app::domain::contributions::{FileRefusal, FormProblem, UploadLimits};
use app::domain::{Field, Problem};
use common::*;
use sea_orm::{EntityTrait, PaginatorTrait};
use std::path::Path;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(name)
}

fn received(name: &str, sent_as: &str) -> Received {
    let path = fixture(name);
    let bytes = std::fs::read(&path).unwrap();
    use sha2::Digest;
    Received {
        size: bytes.len() as u64,
        sha256: hex::encode(sha2::Sha256::digest(&bytes)),
        path,
        name: sent_as.to_owned(),
    }
}

fn sent(title: &str, token: &str) -> Sent {
    Sent {
        title: title.to_owned(),
        summary: "Our position on the oversight of the root zone.".to_owned(),
        paper: PAPER.to_owned(),
        paragraphs: String::new(),
        consent: "name_and_organisation".to_owned(),
        token: token.to_owned(),
    }
}

async fn stored(db: &sea_orm::DatabaseConnection) -> (u64, u64) {
    (
        stored_file::Entity::find().count(db).await.unwrap(),
        file_chunk::Entity::find().count(db).await.unwrap(),
    )
}

#[tokio::test]
async fn a_refused_contribution_stores_nothing_and_keeps_its_fields_for_the_form() {
    let w = open_world().await;
    let author = author_of(&w.db, w.ana).await;
    let files = vec![
        received("position.pdf", "position.pdf"),
        received("macros.docm", "annex.docx"),
    ];
    let refused = contributions::submit(
        &w.db,
        &author,
        SLUG,
        sent("", "AAAAAAAAAAAAAAAAAAAAAA"),
        files,
        UploadLimits::default(),
    )
    .await;
    let Err(Refused::Problems(problems)) = refused else {
        panic!("refused expected, got {refused:?}");
    };
    assert_eq!(
        problems,
        vec![
            FormProblem::Field(Field::Title, Problem::Required),
            FormProblem::File {
                name: "annex.docx".into(),
                refusal: FileRefusal::Macros
            },
        ]
    );
    assert_eq!(
        stored(&w.db).await,
        (0, 0),
        "not even the good file is kept"
    );
    let form = contributions::form(&w.db, SLUG, w.ana, UploadLimits::default())
        .await
        .unwrap();
    assert_eq!(form.draft.problems, problems);
    assert_eq!(
        form.token, "AAAAAAAAAAAAAAAAAAAAAA",
        "the same form, the same token"
    );
    assert_eq!(form.draft.paper, PAPER);
}

#[tokio::test]
async fn a_contribution_waits_is_published_and_found_by_the_words_of_its_files() {
    let w = open_world().await;
    let author = author_of(&w.db, w.ben).await;
    let id = contributions::submit(
        &w.db,
        &author,
        SLUG,
        sent("Position of the Ministry", "BBBBBBBBBBBBBBBBBBBBBB"),
        vec![received("position.odt", "position.odt")],
        UploadLimits::default(),
    )
    .await
    .unwrap();
    // "été" is only in the file, not in the title or summary.
    assert!(
        reading::search(&w.db, "été").await.unwrap().is_empty(),
        "pending: not found"
    );
    let pending = reading::pending(&w.db).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert!(pending[0].texts[0].as_deref().unwrap().contains("été"));
    assert_eq!(pending[0].card.paper_code.as_deref(), Some(PAPER));

    assert_eq!(
        reading::page(&w.db, id, None).await.err(),
        Some(app::domain::AppError::NotFound),
        "a visitor does not see a pending contribution"
    );
    let refusal =
        decisions::transition(&w.db, w.secretariat, id, CommentStatus::Rejected, None).await;
    assert!(refusal.is_err(), "a rejection needs a reason");
    decisions::transition(&w.db, w.secretariat, id, CommentStatus::Published, None)
        .await
        .unwrap();
    let found = reading::search(&w.db, "ÉTÉ gouvernance").await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].author.name.as_deref(), Some("Ben Okafor"));
    let log: Vec<_> = contributions::history(&w.db, id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.actor_id, e.from_status, e.to_status))
        .collect();
    assert_eq!(
        log,
        vec![
            (Some(w.ben), None, CommentStatus::Pending),
            (
                Some(w.secretariat),
                Some(CommentStatus::Pending),
                CommentStatus::Published
            ),
        ]
    );
    // Nobody else may read it before; everyone after.
    assert!(reading::page(&w.db, id, None).await.is_ok());
}

#[tokio::test]
async fn the_export_lists_a_persons_files_and_erasure_deletes_them() {
    let w = open_world().await;
    let author = author_of(&w.db, w.ana).await;
    let id = contributions::submit(
        &w.db,
        &author,
        SLUG,
        sent("Instituto Nupef on the root zone", "CCCCCCCCCCCCCCCCCCCCCC"),
        vec![
            received("position.docx", "posição.docx"),
            received("notes.md", "notes.md"),
        ],
        UploadLimits::default(),
    )
    .await
    .unwrap();
    let data = personal_data::export(&w.db, w.ana).await.unwrap();
    let listed = &data["contributions"][0];
    assert_eq!(listed["title"], "Instituto Nupef on the root zone");
    assert_eq!(listed["files"][0]["name"], "posição.docx");
    assert_eq!(listed["files"][0]["type"], "docx");
    assert_eq!(listed["files"][1]["type"], "markdown");
    assert!(
        listed["files"][0]["download"]
            .as_str()
            .unwrap()
            .starts_with(&format!("/contributions/{id}/files/1/"))
    );
    assert_eq!(stored(&w.db).await.0, 2);

    personal_data::erase(&w.db, w.ana).await.unwrap();
    assert_eq!(
        stored(&w.db).await,
        (0, 0),
        "the files and their content are gone"
    );
    let data = personal_data::export(&w.db, w.ana).await.unwrap();
    let kept = &data["contributions"][0];
    assert_eq!(kept["author"]["name"], WITHDRAWN_PARTICIPANT);
    assert_eq!(kept["author"]["organisation"], serde_json::Value::Null);
    assert_eq!(kept["files"], serde_json::json!([]));
}

#[tokio::test]
async fn a_contribution_names_its_paragraphs_and_its_page_lists_the_comments_on_them() {
    let w = open_world().await;
    let author = author_of(&w.db, w.ben).await;
    let with = |paragraphs: &str, token: &str| Sent {
        paragraphs: paragraphs.to_owned(),
        ..sent("On the scope", token)
    };
    // A number the paper does not have is refused, and the form keeps what was typed.
    let refused = contributions::submit(
        &w.db,
        &author,
        SLUG,
        with("1.1, 9.9", "DDDDDDDDDDDDDDDDDDDDDD"),
        vec![received("notes.txt", "notes.txt")],
        UploadLimits::default(),
    )
    .await;
    let Err(Refused::Problems(problems)) = refused else {
        panic!("refused expected, got {refused:?}");
    };
    assert_eq!(
        problems,
        vec![FormProblem::Field(Field::Paragraph, Problem::UnknownChoice)]
    );
    let form = contributions::form(&w.db, SLUG, w.ben, UploadLimits::default())
        .await
        .unwrap();
    assert_eq!(form.draft.paragraphs, "1.1, 9.9");

    let on_scope = named_by_ana(&w, "The scope should include the root servers.").await;
    publish(&w, on_scope).await;
    let elsewhere = submit(&w, w.ana, "", BODY, &[], "anonymous").await;
    publish(&w, elsewhere).await;
    let id = contributions::submit(
        &w.db,
        &author,
        SLUG,
        with("1.2 1.1 1.1", "EEEEEEEEEEEEEEEEEEEEEE"),
        vec![received("notes.txt", "notes.txt")],
        UploadLimits::default(),
    )
    .await
    .unwrap();
    decisions::transition(&w.db, w.secretariat, id, CommentStatus::Published, None)
        .await
        .unwrap();
    let page = reading::page(&w.db, id, None).await.unwrap();
    assert_eq!(
        page.paragraphs,
        ["1.1", "1.2"],
        "in the paper's order, once each"
    );
    assert_eq!(page.concerned.len(), 1, "{:?}", page.concerned);
    assert_eq!(page.concerned[0].paragraph, "1.1");
    assert!(page.concerned[0].excerpt.contains("root servers"));
    assert!(
        page.concerned[0]
            .href
            .ends_with(&format!("/papers/{PAPER}?p=1.1#c-{on_scope}")),
        "{}",
        page.concerned[0].href
    );

    // Paragraphs need a paper.
    let without_paper = Sent {
        paper: String::new(),
        ..with("1.1", "FFFFFFFFFFFFFFFFFFFFFF")
    };
    let refused = contributions::submit(
        &w.db,
        &author,
        SLUG,
        without_paper,
        vec![received("notes.txt", "notes.txt")],
        UploadLimits::default(),
    )
    .await;
    assert!(matches!(
        refused,
        Err(Refused::Problems(p)) if p == vec![FormProblem::Field(Field::Code, Problem::Required)]
    ));
}

#[tokio::test]
async fn readers_report_a_published_contribution_and_the_secretariat_keeps_or_hides_it() {
    use app::backend::contributions::flags;
    let w = open_world().await;
    let author = author_of(&w.db, w.ben).await;
    let id = contributions::submit(
        &w.db,
        &author,
        SLUG,
        sent("A position", "GGGGGGGGGGGGGGGGGGGGGG"),
        vec![received("notes.txt", "notes.txt")],
        UploadLimits::default(),
    )
    .await
    .unwrap();
    assert_eq!(
        flags::flag(&w.db, w.ana, id, "spam", "").await.err(),
        Some(app::domain::AppError::NotFound),
        "only a published contribution can be reported"
    );
    decisions::transition(&w.db, w.secretariat, id, CommentStatus::Published, None)
        .await
        .unwrap();
    assert!(reading::pending(&w.db).await.unwrap().is_empty());

    flags::flag(
        &w.db,
        w.ana,
        id,
        "personal_data",
        "A phone number on page 2",
    )
    .await
    .unwrap();
    assert!(matches!(
        flags::flag(&w.db, w.ana, id, "spam", "").await,
        Err(app::domain::AppError::Conflict(_))
    ));
    let desk = reading::pending(&w.db).await.unwrap();
    assert_eq!(desk.len(), 1, "a reported contribution comes to the desk");
    assert_eq!(desk[0].card.status, CommentStatus::Published);
    assert_eq!(desk[0].flags.len(), 1);
    assert_eq!(desk[0].flags[0].notes, ["A phone number on page 2"]);

    flags::keep(&w.db, w.secretariat, id).await.unwrap();
    assert!(reading::pending(&w.db).await.unwrap().is_empty(), "kept");
    assert!(reading::page(&w.db, id, None).await.is_ok());

    let cy = person(
        &w.db,
        "cy@example.org",
        "Cy",
        app::domain::StakeholderGroup::PrivateSector,
        "US",
        None,
        app::domain::Role::Stakeholder,
    )
    .await;
    flags::flag(&w.db, cy, id, "personal_data", "")
        .await
        .unwrap();
    assert_eq!(reading::pending(&w.db).await.unwrap().len(), 1);
    decisions::transition(
        &w.db,
        w.secretariat,
        id,
        CommentStatus::Hidden,
        Some("Personal data of a third person"),
    )
    .await
    .unwrap();
    assert!(reading::pending(&w.db).await.unwrap().is_empty(), "hidden");
    assert_eq!(
        reading::page(&w.db, id, None).await.err(),
        Some(app::domain::AppError::NotFound)
    );
}
