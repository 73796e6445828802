//! Service tests of consultations, papers and the demo data.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::{consultations, db, demo};
use app::domain::{AppError, BlockKind, ConsultationStatus, IssueCluster};

#[tokio::test]
async fn the_demo_seeds_an_open_consultation_with_numbered_papers_and_is_idempotent() {
    let db = db::scratch().await.unwrap();
    demo::seed(&db, "demo pass phrase one").await.unwrap();
    demo::seed(&db, "demo pass phrase two").await.unwrap();

    let list = consultations::list_public(&db).await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0].status,
        ConsultationStatus::Open,
        "open ones come first"
    );
    assert_eq!(list[0].slug, demo::CONSULTATION_SLUG);
    assert_eq!(list[0].paper_count, 3);
    assert_eq!(list[1].status, ConsultationStatus::Closed);

    let detail = consultations::detail(&db, demo::CONSULTATION_SLUG)
        .await
        .unwrap();
    let codes: Vec<_> = detail.papers.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["WP-NAMES", "WP-ROOT", "WP-SPAM"]);
    assert!(detail.papers.iter().all(|p| !p.abstract_text.is_empty()));

    let paper = consultations::paper(&db, demo::CONSULTATION_SLUG, "WP-ROOT", "en")
        .await
        .unwrap();
    assert_eq!(paper.paper.cluster, IssueCluster::Infrastructure);
    // WP-SPAM is in Arabic, French and Spanish too, block for block.
    let spam = consultations::paper(&db, demo::CONSULTATION_SLUG, "WP-SPAM", "ar")
        .await
        .unwrap();
    assert_eq!(spam.languages, ["en", "ar", "fr", "es"]);
    assert_eq!(spam.text_language, "ar");
    assert_eq!(spam.paper.title, "الرسائل الاقتحامية");
    assert_eq!(paper.paragraphs[0].kind, BlockKind::Heading);
    assert_eq!(paper.paragraphs[0].number, "1");
    assert!(
        paper
            .paragraphs
            .iter()
            .any(|p| p.number == "2.1" && p.kind == BlockKind::Paragraph)
    );

    // The second run reset the demo password.
    let signed_in =
        common::sign_in(&db, "civil@demo.consult.example", "demo pass phrase two").await;
    assert!(signed_in.is_ok());
}

#[tokio::test]
async fn drafts_and_unknown_papers_are_not_found_by_visitors() {
    let db = db::scratch().await.unwrap();
    let now = time::OffsetDateTime::now_utc();
    consultations::upsert_consultation(
        &db,
        consultations::NewConsultation {
            slug: "draft-one",
            title: "Not yet public",
            description: "",
            status: ConsultationStatus::Draft,
            opens_at: now,
            closes_at: now,
        },
    )
    .await
    .unwrap();
    assert!(consultations::list_public(&db).await.unwrap().is_empty());
    assert_eq!(
        consultations::detail(&db, "draft-one").await,
        Err(AppError::NotFound)
    );
    demo::seed(&db, "demo pass phrase one").await.unwrap();
    assert_eq!(
        consultations::paper(&db, demo::CONSULTATION_SLUG, "WP-NONE", "en").await,
        Err(AppError::NotFound)
    );
}
