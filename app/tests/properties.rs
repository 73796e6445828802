//! Property tests of what hostile text meets first: the Markdown paper import, the
//! splitting of comment bodies for display, comment validation, the digest filters and the
//! CSV import of comments.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::digest::{self, Scope};
use app::backend::paper_import;
use app::domain::comment::{Segment, body_paragraphs, validate_body};
use app::domain::digest::DigestFilter;
use common::*;
use proptest::prelude::*;

/// Text with Markdown, HTML and script pieces mixed into any Unicode.
fn hostile_markdown() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        Just("## Heading\n\n".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(2)>".to_owned()),
        Just("<div onclick=\"steal()\">".to_owned()),
        Just("[link](javascript:alert(3))".to_owned()),
        Just("\n\n- item\n- item\n\n".to_owned()),
        Just("> quoted\n\n".to_owned()),
        Just("    indented code\n\n".to_owned()),
        Just("\u{0}\u{202e}\r\n".to_owned()),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(256) })]

    /// The import never fails on any text, numbers every block once, and keeps nothing of
    /// the source's HTML. (An author may still write `\<b>` or a code span to show a tag as
    /// text; pages show every block as text in any case.)
    #[test]
    fn the_markdown_import_keeps_no_html_and_numbers_blocks_once(markdown in hostile_markdown()) {
        prop_assume!(!markdown.contains(['\\', '`']));
        let blocks = paper_import::import(&markdown);
        // Comments are anchored to paragraphs by number: no two paragraphs share one. (A
        // section heading may carry the number of a loose paragraph before the first
        // heading: "1" the section, "1" the paragraph; they are never confused.)
        let mut numbers: Vec<&str> = blocks
            .iter()
            .filter(|b| b.kind != app::domain::BlockKind::Heading)
            .map(|b| b.number.as_str())
            .collect();
        numbers.sort_unstable();
        let before = numbers.len();
        numbers.dedup();
        prop_assert_eq!(before, numbers.len(), "paragraph numbers repeat");
        for block in &blocks {
            for html in ["<script", "<img", "<div", "onerror=", "onclick="] {
                prop_assert!(!block.text.contains(html), "{:?} kept {html}", block.text);
            }
        }
    }

    /// A comment body is shown as text pieces that put back together give every line as
    /// written; only plain web addresses become links, and a link never holds a space, a
    /// quote or an angle bracket.
    #[test]
    fn a_body_is_split_into_text_and_plain_links_and_nothing_is_lost(body in hostile_markdown()) {
        let shown = body_paragraphs(&body);
        let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
        let rebuilt: Vec<String> = shown
            .iter()
            .flatten()
            .map(|line| {
                line.iter()
                    .map(|s| match s {
                        Segment::Text(t) | Segment::Link(t) => *t,
                    })
                    .collect()
            })
            .collect();
        prop_assert_eq!(rebuilt, lines);
        for segment in shown.iter().flatten().flatten() {
            if let Segment::Link(link) = segment {
                prop_assert!(link.starts_with("https://") || link.starts_with("http://"));
                prop_assert!(!link.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"')));
            }
        }
    }

    /// What validation lets through is within its bounds and holds no control character
    /// but line breaks and tabs.
    #[test]
    fn an_accepted_body_is_within_bounds_and_free_of_control_characters(body in hostile_markdown()) {
        if let Ok(valid) = validate_body(&body) {
            let chars = valid.chars().count();
            prop_assert!((20..=10_000).contains(&chars));
            prop_assert!(!valid.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
            prop_assert_eq!(valid.trim(), valid.as_str());
        }
    }

    /// Filter values from an address are read or ignored, never trusted: dates are
    /// `YYYY-MM-DD` or nothing.
    #[test]
    fn digest_filters_from_any_query_are_well_formed(
        status in any::<String>(), group in any::<String>(), region in any::<String>(),
        tag in any::<String>(), from in any::<String>(), to in any::<String>(),
    ) {
        let filter = DigestFilter::from_query(&status, &group, &region, &tag, &from, &to, "");
        for date in [&filter.from, &filter.to].into_iter().flatten() {
            prop_assert_eq!(date.len(), 10);
            let shaped = date
                .chars()
                .enumerate()
                .all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
            prop_assert!(shaped, "{}", date);
        }
        if let Some(tag) = &filter.tag {
            prop_assert_eq!(tag.trim(), tag.as_str());
            prop_assert!(!tag.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(24) })]

    /// Any filter a reader can type builds a digest on both engines: no query error, and
    /// only published comments unless the secretariat asked for all.
    #[test]
    fn any_digest_filter_builds_a_digest(
        group in "[a-z_]{0,20}", region in "[a-z]{0,10}", tag in "\\PC{0,20}",
        from in "[0-9-]{0,12}", to in "[0-9-]{0,12}",
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let w = open_world().await;
            let id = submit(&w, w.ana, "1.1", BODY, &["privacy"], "anonymous").await;
            publish(&w, id).await;
            submit(&w, w.ben, "1.2", BODY, &[], "anonymous").await;
            // Unfiltered, the digest holds the published comment: a digest that lost its
            // rows would not pass.
            let whole = digest::build(
                &w.db,
                Scope { slug: SLUG, paper: None },
                &DigestFilter::default(),
                app::backend::now(),
            )
            .await
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(whole.total, 1);
            let filter = DigestFilter::from_query("", &group, &region, &tag, &from, &to, "");
            let built = digest::build(
                &w.db,
                Scope { slug: SLUG, paper: None },
                &filter,
                app::backend::now(),
            )
            .await;
            let built = built.map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert!(built.total <= 1, "only the published comment");
            Ok(())
        })?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(32) })]

    /// A campaign file's row, whatever its name and body hold (commas, quotes, line breaks,
    /// markup, control characters, any script), is imported exactly as the web forms would
    /// take it, or refused with its line and nothing written.
    #[test]
    fn the_csv_import_agrees_with_the_forms(name in hostile_markdown(), body in hostile_markdown()) {
        use app::backend::entities::comment;
        use app::backend::import::{self, ImportError};
        use app::domain::ProfileForm;
        use app::domain::comment::validate_comment;
        use app::domain::validation::validate_profile;
        use sea_orm::EntityTrait;

        let mut file = csv::Writer::from_writer(Vec::new());
        file.write_record(["email", "name", "stakeholder_group", "country", "consent", "body"]).unwrap();
        file.write_record(["sender@example.org", name.as_str(), "civil_society", "KE", "anonymous", body.as_str()]).unwrap();
        let bytes = file.into_inner().unwrap();

        let profile = validate_profile(&ProfileForm {
            display_name: name.clone(),
            stakeholder_group: "civil_society".into(),
            country: "KE".into(),
            organisation: String::new(),
            capacity: "personal".into(),
        });
        let comment = validate_comment(&form("", &body, &[], "anonymous"));

        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let w = open_world().await;
            let result = import::import(&w.db, SLUG, PAPER, || Ok(std::io::Cursor::new(bytes.clone()))).await;
            let stored = comment::Entity::find().all(&w.db).await.unwrap();
            match (&profile, &comment, result) {
                (Ok(profile), Ok(comment), Ok(imported)) => {
                    prop_assert_eq!(imported.comments, 1);
                    prop_assert_eq!(stored.len(), 1);
                    prop_assert_eq!(&stored[0].body, &comment.body);
                    prop_assert_eq!(&stored[0].author_name, &profile.display_name);
                }
                (Ok(_), Ok(_), Err(err)) => {
                    return Err(TestCaseError::fail(format!("a valid row was refused: {err}")));
                }
                (_, _, Err(ImportError::Problems { listed, .. })) => {
                    prop_assert!(listed.iter().all(|p| p.line == 2), "{:?}", listed);
                    prop_assert!(!listed.is_empty());
                    prop_assert!(stored.is_empty());
                }
                (_, _, other) => {
                    return Err(TestCaseError::fail(format!("an invalid row gave {other:?}")));
                }
            }
            Ok(())
        })?;
    }
}
