//! Papers in several languages: a translation is saved only with the paper's numbered
//! blocks; a reader reads the paper in it with the same paragraphs and comments; a new
//! version is read in its own language until it is translated again.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::{consultations, editor, translations};
use app::domain::editor::PaperForm;
use app::domain::translations::TranslationForm;
use app::domain::{AppError, Field, Problem};
use common::*;
use std::collections::HashMap;

const FRENCH: &str = "## Champ\n\nLe premier paragraphe du champ.\n\nLe second paragraphe du champ.\n\n## Supervision\n\nQui autorise les modifications du fichier de la zone racine.\n";

fn french(markdown: &str) -> TranslationForm {
    TranslationForm {
        title: "Supervision de la zone racine".to_owned(),
        abstract_text: "Résumé.".to_owned(),
        markdown: markdown.to_owned(),
        version: 0,
    }
}

#[tokio::test]
async fn a_translation_is_saved_only_with_the_papers_numbered_blocks() {
    let w = open_world().await;
    let by = w.secretariat;
    // The form starts from the paper's own text, with its numbered blocks beside it.
    let start = translations::start(&w.db, SLUG, PAPER, "fr", None)
        .await
        .unwrap();
    assert_eq!(start.form.markdown, MARKDOWN);
    assert_eq!(start.from_version, None);
    let numbers: Vec<&str> = start.blocks.iter().map(|b| b.number.as_str()).collect();
    assert_eq!(numbers, ["1", "1.1", "1.2", "2", "2.1"]);

    // Two paragraphs run together: refused on the text, naming where it differs; kept as
    // the sender's draft for the form loaded again without JavaScript.
    let merged = "## Champ\n\nLe premier paragraphe du champ. Le second paragraphe du champ.\n\n## Supervision\n\nQui autorise les modifications.\n";
    let err = translations::submit(&w.db, SLUG, PAPER, "fr", &french(merged), by)
        .await
        .unwrap_err();
    assert_eq!(
        err.field_problems().unwrap().get(Field::Markdown),
        Some(&Problem::StructureDiffers {
            expected: 5,
            found: 4,
            at: "1.2".into()
        })
    );
    let again = translations::start(&w.db, SLUG, PAPER, "fr", Some(by))
        .await
        .unwrap();
    assert_eq!(
        again.form.markdown, merged,
        "the refused text comes back as sent"
    );
    // A heading made a paragraph: the same count, refused all the same.
    let flat = FRENCH.replace("## Supervision", "Supervision");
    assert!(
        translations::save(&w.db, SLUG, PAPER, "fr", &french(&flat), by)
            .await
            .is_err()
    );
    // No translation into the paper's own language, nor into a language the site lacks.
    for language in ["en", "de", "<x>"] {
        assert_eq!(
            translations::save(&w.db, SLUG, PAPER, language, &french(FRENCH), by).await,
            Err(AppError::NotFound),
            "{language}"
        );
    }

    translations::submit(&w.db, SLUG, PAPER, "fr", &french(FRENCH), by)
        .await
        .unwrap();
    let english = consultations::paper(&w.db, SLUG, PAPER, "en")
        .await
        .unwrap();
    let read = consultations::paper(&w.db, SLUG, PAPER, "fr")
        .await
        .unwrap();
    assert_eq!(
        (read.text_language.as_str(), english.text_language.as_str()),
        ("fr", "en")
    );
    assert_eq!(read.languages, ["en", "fr"]);
    assert_eq!(english.languages, ["en", "fr"]);
    assert_eq!(read.paper.title, "Supervision de la zone racine");
    assert_eq!(read.paragraphs[1].text, "Le premier paragraphe du champ.");
    for (fr, en) in read.paragraphs.iter().zip(&english.paragraphs) {
        assert_eq!(
            (fr.id, &fr.number, fr.kind),
            (en.id, &en.number, en.kind),
            "same paragraphs"
        );
    }
    // A language without a translation reads the original.
    let arabic = consultations::paper(&w.db, SLUG, PAPER, "ar")
        .await
        .unwrap();
    assert_eq!(arabic.text_language, "en");
    assert_eq!(arabic.paragraphs, english.paragraphs);
    // Saved again, it is replaced, not doubled; the draft is gone.
    translations::save(
        &w.db,
        SLUG,
        PAPER,
        "fr",
        &french(&FRENCH.replace("Champ", "Portée")),
        by,
    )
    .await
    .unwrap();
    let read = consultations::paper(&w.db, SLUG, PAPER, "fr")
        .await
        .unwrap();
    assert_eq!(read.paragraphs[0].text, "Portée");
    assert_eq!(read.languages, ["en", "fr"]);
    let start = translations::start(&w.db, SLUG, PAPER, "fr", Some(by))
        .await
        .unwrap();
    assert_eq!(start.from_version, Some(1));
    assert!(
        start.form.markdown.contains("Portée"),
        "no draft left: the saved text"
    );
}

#[tokio::test]
async fn a_new_version_is_read_in_its_own_language_until_translated_again() {
    let w = open_world().await;
    translations::save(&w.db, SLUG, PAPER, "fr", &french(FRENCH), w.secretariat)
        .await
        .unwrap();
    let second = format!("{MARKDOWN}\nA third paragraph on oversight.\n");
    let form = PaperForm {
        code: PAPER.to_owned(),
        title: "Root zone oversight".to_owned(),
        abstract_text: String::new(),
        cluster: "infrastructure".to_owned(),
        markdown: second,
        language: "en".to_owned(),
    };
    editor::save_paper(&w.db, SLUG, &form, &HashMap::new(), w.secretariat)
        .await
        .unwrap();
    let read = consultations::paper(&w.db, SLUG, PAPER, "fr")
        .await
        .unwrap();
    assert_eq!(read.paper.version, 2);
    assert_eq!(
        read.text_language, "en",
        "no translation of a text that changed"
    );
    assert_eq!(read.languages, ["en"]);
    let editable = editor::consultation(&w.db, SLUG).await.unwrap();
    assert_eq!(editable.papers[0].translations, [("fr".to_owned(), 1)]);
    // A form opened for version 1 and sent after version 2 was saved stays version 1's.
    let late = TranslationForm {
        version: 1,
        ..french(&FRENCH.replace("Champ", "Portée"))
    };
    translations::save(&w.db, SLUG, PAPER, "fr", &late, w.secretariat)
        .await
        .unwrap();
    let read = consultations::paper(&w.db, SLUG, PAPER, "fr")
        .await
        .unwrap();
    assert_eq!(
        read.text_language, "en",
        "version 2 is not translated by it"
    );
    // The form starts from version 1's translation, to bring up to date.
    let start = translations::start(&w.db, SLUG, PAPER, "fr", None)
        .await
        .unwrap();
    assert_eq!((start.from_version, start.version), (Some(1), 2));
    assert_eq!(start.form.markdown, FRENCH.replace("Champ", "Portée"));
    assert_eq!(
        start.form.version, 2,
        "saved from this form, it is version 2's"
    );
    let updated = format!("{FRENCH}\nUn troisième paragraphe sur la supervision.\n");
    translations::save(&w.db, SLUG, PAPER, "fr", &french(&updated), w.secretariat)
        .await
        .unwrap();
    let read = consultations::paper(&w.db, SLUG, PAPER, "fr")
        .await
        .unwrap();
    assert_eq!(read.text_language, "fr");
    assert_eq!(
        read.paragraphs.last().unwrap().text,
        "Un troisième paragraphe sur la supervision."
    );
}
