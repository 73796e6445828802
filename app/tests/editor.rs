//! Service tests of the secretariat's editor: consultations (drafts stay private) and
//! papers, whose changed text becomes a new version while comments stay where they were.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::entities::{comment, paragraph};
use app::backend::{consultations, editor};
use app::domain::editor::{ConsultationForm, PaperForm};
use app::domain::{AppError, Field, Problem};
use common::*;
use sea_orm::EntityTrait;
use std::collections::HashMap;

fn consultation_form(slug: &str, status: &str) -> ConsultationForm {
    ConsultationForm {
        slug: slug.to_owned(),
        title: "Consultation on the draft report".to_owned(),
        description: "Comments on the Working Group's draft report.".to_owned(),
        status: status.to_owned(),
        opens_at: "2005-06-01T09:00".to_owned(),
        closes_at: "2099-07-15T17:00".to_owned(),
    }
}

fn paper_form(markdown: &str) -> PaperForm {
    PaperForm {
        code: "wp-report".to_owned(),
        title: "Draft report".to_owned(),
        abstract_text: String::new(),
        cluster: "development".to_owned(),
        markdown: markdown.to_owned(),
        language: String::new(),
    }
}

#[tokio::test]
async fn a_draft_consultation_is_the_secretariats_until_it_opens() {
    let w = open_world().await;
    let slug = editor::save_consultation(&w.db, "", &consultation_form("draft-report", "draft"))
        .await
        .unwrap();
    assert_eq!(slug, "draft-report");
    assert_eq!(
        editor::save_consultation(&w.db, "", &consultation_form("draft-report", "draft"))
            .await
            .unwrap_err(),
        AppError::conflict(Field::Slug, Problem::SlugTaken)
    );
    assert_eq!(
        consultations::detail(&w.db, "draft-report")
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    assert!(
        editor::list(&w.db)
            .await
            .unwrap()
            .iter()
            .any(|c| c.slug == "draft-report")
    );
    editor::save_consultation(
        &w.db,
        "draft-report",
        &consultation_form("draft-report", "open"),
    )
    .await
    .unwrap();
    assert!(consultations::detail(&w.db, "draft-report").await.is_ok());
    // The address cannot change.
    assert_eq!(
        editor::save_consultation(&w.db, "draft-report", &consultation_form("other", "open"))
            .await
            .unwrap_err(),
        AppError::validation(Field::Slug, Problem::NotAllowedNow)
    );
}

#[tokio::test]
async fn a_changed_text_is_a_new_version_and_comments_stay_on_theirs() {
    let w = open_world().await;
    let first = "## Findings\n\nThe first finding.\n\nThe second finding.\n";
    editor::save_consultation(&w.db, "", &consultation_form("report", "open"))
        .await
        .unwrap();
    assert_eq!(
        editor::save_paper(
            &w.db,
            "report",
            &paper_form(first),
            &HashMap::new(),
            w.secretariat
        )
        .await
        .unwrap(),
        "WP-REPORT"
    );
    let target = app::backend::submission::prepare::Target {
        slug: "report",
        code: "WP-REPORT",
        reply_to: None,
    };
    let written = submit_as(&w, w.ana, target, &form("1.2", BODY, &[], "anonymous"))
        .await
        .unwrap();

    // Saving the same text changes nothing; a new text is version 2.
    editor::save_paper(
        &w.db,
        "report",
        &paper_form(first),
        &HashMap::new(),
        w.secretariat,
    )
    .await
    .unwrap();
    assert_eq!(
        consultations::paper(&w.db, "report", "WP-REPORT", "en")
            .await
            .unwrap()
            .paper
            .version,
        1
    );
    editor::save_paper(
        &w.db,
        "report",
        &paper_form(
            "## Findings\n\nA new first finding.\n\nThe first finding.\n\nThe second finding.\n",
        ),
        &HashMap::new(),
        w.secretariat,
    )
    .await
    .unwrap();
    let now = consultations::paper(&w.db, "report", "WP-REPORT", "en")
        .await
        .unwrap();
    assert_eq!(now.paper.version, 2);
    assert_eq!(now.paragraphs[1].text, "A new first finding.");

    // The comment is still on version 1's paragraph 1.2, "The second finding."
    let stored = comment::Entity::find_by_id(written.id)
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    let anchored = paragraph::Entity::find_by_id(stored.paragraph_id.unwrap())
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(anchored.text, "The second finding.");
    assert_eq!(anchored.version_id, stored.version_id);
    let editable = editor::consultation(&w.db, "report").await.unwrap();
    assert_eq!(editable.papers[0].comments, 1);
    assert!(
        editable.papers[0]
            .markdown
            .starts_with("## Findings\n\nA new")
    );
}

#[tokio::test]
async fn the_preview_numbers_without_saving() {
    let blocks = editor::preview("## One\n\nText.\n\n### Sub\n\n- a\n- b\n");
    let numbers: Vec<&str> = blocks.iter().map(|b| b.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["1", "1.1", "1.2", "1.2.1"],
        "no two blocks share a number"
    );
}
