//! The digest in the language the secretariat chooses for its files, and narrowed to the
//! comments written in one language.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::digest::{self, Scope};
use app::backend::digest_formats::{self, CSV_COLUMNS, Document, Words, render};
use app::domain::StakeholderGroup;
use app::domain::countries;
use app::domain::desk::DispositionKind;
use app::domain::digest::{Digest, DigestFilter};
use app::i18n::Locale;
use common::*;

const FRENCH: &str =
    "Le document devrait nommer explicitement la zone racine et dire qui la gère aujourd'hui.";

/// Two published comments: one in English on 1.1 (tagged, with a disposition), one in
/// French on the paper as a whole.
async fn two_languages() -> (World, i64, i64) {
    let w = open_world().await;
    let english = submit(
        &w,
        w.ana,
        "1.1",
        BODY,
        &["root-servers"],
        "name_and_organisation",
    )
    .await;
    let french = submit(&w, w.ben, "", FRENCH, &[], "name_and_organisation").await;
    for id in [english, french] {
        publish(&w, id).await;
    }
    dispose(&w, english, "accepted", "Paragraph 1.1 will name it.").await;
    (w, english, french)
}

async fn build(w: &World, filter: &DigestFilter) -> Digest {
    let scope = Scope {
        slug: SLUG,
        paper: None,
    };
    digest::build(
        &w.db,
        scope,
        filter,
        time::macros::datetime!(2005-03-01 12:00 UTC),
    )
    .await
    .unwrap()
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

/// The words of the files a reader of `locale` must find: the app's own, never the user's.
fn own_words(locale: Locale) -> Vec<String> {
    let t = locale.texts();
    let f = &t.g.file;
    let brazil = countries::country("BR").unwrap();
    vec![
        t.g.by_paragraph_heading.to_owned(),
        t.g.by_group_region.to_owned(),
        f.col_group.to_owned(),
        (t.group)(StakeholderGroup::CivilSociety).to_owned(),
        (t.country_name)(brazil).to_owned(),
        (f.whole_paper)(PAPER),
        (f.disposition)((t.d.disposition_name)(DispositionKind::Accepted)),
    ]
}

#[tokio::test]
async fn the_markdown_and_docx_are_written_in_the_language_chosen_and_the_csv_keeps_its_columns() {
    let (w, _, _) = two_languages().await;
    let d = build(&w, &DigestFilter::default()).await;
    let english = text(render(&d, Document::Markdown, Words::new(Locale::En)).unwrap());
    for locale in [Locale::Fr, Locale::Ar, Locale::Zh, Locale::Ru, Locale::Es] {
        let markdown = text(render(&d, Document::Markdown, Words::new(locale)).unwrap());
        for word in own_words(locale) {
            assert!(
                markdown.contains(&word),
                "{locale:?}: {word:?} in\n{markdown}"
            );
        }
        assert!(
            markdown.contains("managed in the open") && markdown.contains("la zone racine"),
            "the comments as written:\n{markdown}"
        );
        if matches!(locale, Locale::Ar | Locale::Zh | Locale::Ru) {
            for word in own_words(Locale::En) {
                assert!(
                    !markdown.contains(&word),
                    "{locale:?}: English {word:?} left in\n{markdown}"
                );
            }
            for english_word in [
                "Status",
                "Generated",
                "Filters",
                "Sent by",
                "tags:",
                "Campaign",
            ] {
                assert!(
                    !markdown.contains(english_word),
                    "{locale:?}: {english_word}"
                );
            }
        }
        assert_ne!(markdown, english);
    }

    // The Arabic document runs right to left, every paragraph of it, tables included.
    let xml = document_xml(&render(&d, Document::Docx, Words::new(Locale::Ar)).unwrap());
    let paragraphs = xml.matches("<w:p ").count() + xml.matches("<w:p>").count();
    assert!(paragraphs > 10);
    assert_eq!(xml.matches("<w:bidi />").count(), paragraphs, "{xml}");
    assert!(xml.contains(&own_words(Locale::Ar)[0]));
    let english_xml = document_xml(&render(&d, Document::Docx, Words::new(Locale::En)).unwrap());
    assert!(
        !english_xml.contains("<w:bidi"),
        "English runs left to right"
    );

    // The CSV: the same columns and codes in every language, the attribution in French.
    let scope = Scope {
        slug: SLUG,
        paper: None,
    };
    let selection = digest::Selection::new(&w.db, scope, &DigestFilter::default())
        .await
        .unwrap();
    let csv = digest_formats::csv(&w.db, selection, Words::new(Locale::Fr))
        .await
        .unwrap();
    let rows = csv_rows(&csv, &CSV_COLUMNS);
    let ana = rows.iter().find(|r| &r[4] == "civil_society").unwrap();
    assert_eq!(&ana[5], "BR", "codes stay codes");
    let t = Locale::Fr.texts();
    let brazil = (t.country_name)(countries::country("BR").unwrap());
    assert!(
        ana[19].contains(&format!(
            "{}, {brazil}",
            (t.group)(StakeholderGroup::CivilSociety)
        )),
        "{}",
        &ana[19]
    );
}

#[tokio::test]
async fn a_digest_narrowed_to_one_language_lists_only_the_comments_written_in_it() {
    let (w, english, french) = two_languages().await;
    let reference = |id: i64| format!("{id:06}");
    let fr = DigestFilter::from_query("", "", "", "", "", "", "fr");
    assert_eq!(fr.language.as_deref(), Some("fr"));
    assert!(fr.query_pairs().contains(&("language", "fr".to_owned())));
    let d = build(&w, &fr).await;
    assert_eq!(d.total, 1);
    let listed: Vec<&str> = d.comments().map(|c| c.reference.as_str()).collect();
    assert!(listed[0].ends_with(&reference(french)), "{listed:?}");
    let markdown = text(render(&d, Document::Markdown, Words::new(Locale::En)).unwrap());
    assert!(markdown.contains("la zone racine") && !markdown.contains("managed in the open"));
    assert!(
        markdown.contains("language = \u{2068}fr\u{2069}"),
        "the filter is named"
    );

    let en = build(&w, &DigestFilter::from_query("", "", "", "", "", "", "en")).await;
    let listed: Vec<&str> = en.comments().map(|c| c.reference.as_str()).collect();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].ends_with(&reference(english)));

    // An unknown code narrows nothing (rather than listing nothing).
    let unknown = DigestFilter::from_query("", "", "", "", "", "", "<x>");
    assert_eq!(unknown.language, None);
    assert_eq!(build(&w, &unknown).await.total, 2);
}
