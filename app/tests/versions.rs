//! Service tests of a paper's next version: what the editor proposes for each paragraph,
//! what the secretariat must confirm, and where readers then find every earlier comment
//! (on the paragraph that continues its own, or under the text that was removed). Both
//! engines.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::comments::{self, Opened};
use app::backend::editor;
use app::backend::entities::{paper_version, paragraph, working_paper};
use app::backend::submission::prepare::Target;
use app::backend::versions::Choice;
use app::domain::comment::{CommentFilter, PaperComments};
use app::domain::editor::PaperForm;
use app::domain::versions::Fate;
use app::domain::{AppError, BlockKind, Field, ParagraphView, Problem};
use common::*;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// Version 2 of the world's paper: 1.1 lightly edited, 1.2 gone, a new 1.2, 2.1 as it was.
const SECOND: &str = "## Scope\n\nThe very first paragraph of the scope.\n\nA paragraph that is new.\n\n## Oversight\n\nWho authorizes changes to the root zone file.\n";

fn paper_form(markdown: &str) -> PaperForm {
    PaperForm {
        code: PAPER.to_owned(),
        title: "Test paper".to_owned(),
        abstract_text: String::new(),
        cluster: "infrastructure".to_owned(),
        markdown: markdown.to_owned(),
        language: String::new(),
    }
}

/// The world's paper's current version.
async fn current_version(w: &World) -> i32 {
    working_paper::Entity::find()
        .filter(working_paper::Column::Code.eq(PAPER))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap()
        .current_version
}

/// The paragraph `number` of version `version` of the world's paper.
async fn paragraph_id(w: &World, version: i32, number: &str) -> i64 {
    let paper = working_paper::Entity::find()
        .filter(working_paper::Column::Code.eq(PAPER))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    let version = paper_version::Entity::find()
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_version::Column::Version.eq(version))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    paragraph::Entity::find()
        .filter(paragraph::Column::VersionId.eq(version.id))
        .filter(paragraph::Column::Number.eq(number))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn save(w: &World, markdown: &str, choices: &[(i64, Choice)]) -> Result<String, AppError> {
    save_form(w, &paper_form(markdown), choices).await
}

/// Saves `form` in the world's consultation as the secretariat, with `choices` for the
/// earlier version's paragraphs.
async fn save_form(
    w: &World,
    form: &PaperForm,
    choices: &[(i64, Choice)],
) -> Result<String, AppError> {
    let choices: HashMap<i64, Choice> = choices.iter().cloned().collect();
    editor::save_paper(&w.db, SLUG, form, &choices, w.secretariat).await
}

async fn page(w: &World, opened: Opened) -> PaperComments {
    comments::paper_comments(&w.db, SLUG, PAPER, &opened, &CommentFilter::default(), None)
        .await
        .unwrap()
}

/// Comments published on version 1: Ana on 1.1, Ben on 1.2, Ana on the paper as a whole.
async fn commented(w: &World) -> (i64, i64, i64) {
    let on_first = submit(
        w,
        w.ana,
        "1.1",
        "On the first paragraph, written on version one.",
        &[],
        "anonymous",
    )
    .await;
    let on_second = submit(
        w,
        w.ben,
        "1.2",
        "On the second paragraph, which the next draft drops.",
        &[],
        "anonymous",
    )
    .await;
    let on_whole = submit(
        w,
        w.ana,
        "",
        "On the paper as a whole, in its first version.",
        &[],
        "anonymous",
    )
    .await;
    for id in [on_first, on_second, on_whole] {
        publish(w, id).await;
    }
    (on_first, on_second, on_whole)
}

#[tokio::test]
async fn the_editor_proposes_a_fate_for_every_paragraph_and_asks_about_the_uncertain_ones() {
    let w = open_world().await;
    commented(&w).await;
    let preview = editor::preview_changes(&w.db, SLUG, PAPER, SECOND)
        .await
        .unwrap();
    let fates: Vec<(&str, Fate, Vec<String>, bool, u64)> = preview
        .matches
        .iter()
        .map(|m| {
            (
                m.old_number.as_str(),
                m.fate,
                m.new_numbers.clone(),
                m.certain,
                m.comments,
            )
        })
        .collect();
    assert_eq!(
        fates,
        [
            ("1.1", Fate::Edited, vec!["1.1".to_owned()], true, 1),
            ("1.2", Fate::Removed, vec![], false, 1),
            ("2.1", Fate::Unchanged, vec!["2.1".to_owned()], true, 0),
        ]
    );
    // Nothing is published while an uncertain match is unconfirmed.
    assert_eq!(
        save(&w, SECOND, &[]).await.unwrap_err(),
        AppError::validation(Field::Matches, Problem::MatchesToConfirm { count: 1 })
    );
    assert_eq!(page(&w, Opened::Nothing).await.on_removed_text, 0);
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    assert_eq!(
        save(
            &w,
            SECOND,
            &[(first_1_2, Choice::Paragraph("9.9".to_owned()))]
        )
        .await
        .unwrap_err(),
        AppError::validation(Field::Matches, Problem::UnknownChoice)
    );
}

#[tokio::test]
async fn without_javascript_a_previewed_or_refused_paper_form_comes_back_as_sent_with_its_matches()
{
    use app::domain::editor::PaperDraft;
    let w = open_world().await;
    commented(&w).await;
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    let draft = |matches: Vec<String>| PaperDraft {
        form: PaperForm {
            title: "Test paper, second draft".to_owned(),
            ..paper_form(SECOND)
        },
        matches,
    };
    // Before any post there is no draft: the form starts as the paper is.
    let fresh = editor::paper_form_start(&w.db, SLUG, PAPER, w.secretariat)
        .await
        .unwrap();
    assert_eq!(fresh.draft, None);

    // "Preview": kept, nothing saved; the form comes back with the proposed matches.
    editor::keep_paper_draft(&w.db, SLUG, PAPER, &draft(vec![]), w.secretariat)
        .await
        .unwrap();
    let start = editor::paper_form_start(&w.db, SLUG, PAPER, w.secretariat)
        .await
        .unwrap();
    assert_eq!(start.draft, Some(draft(vec![])));
    let matches = start.preview.unwrap().matches;
    assert!(matches.iter().any(|m| m.old_id == first_1_2 && !m.certain));
    assert_eq!(current_version(&w).await, 1);
    // Another member of the secretariat does not see it.
    let other = editor::paper_form_start(&w.db, SLUG, PAPER, w.ana)
        .await
        .unwrap();
    assert_eq!(other.draft, None);

    // "Save" without the choice: refused, and the form is kept with the choices made.
    let undecided = draft(vec![format!("{first_1_2}=")]);
    assert_eq!(
        editor::submit_paper(&w.db, SLUG, PAPER, &undecided, w.secretariat)
            .await
            .unwrap_err(),
        AppError::validation(Field::Matches, Problem::MatchesToConfirm { count: 1 })
    );
    let start = editor::paper_form_start(&w.db, SLUG, PAPER, w.secretariat)
        .await
        .unwrap();
    assert_eq!(start.draft, Some(undecided));

    // Saved with the choice: published, and the draft is gone.
    let decided = draft(vec![format!("{first_1_2}=removed")]);
    editor::submit_paper(&w.db, SLUG, PAPER, &decided, w.secretariat)
        .await
        .unwrap();
    assert_eq!(current_version(&w).await, 2);
    let after = editor::paper_form_start(&w.db, SLUG, PAPER, w.secretariat)
        .await
        .unwrap();
    assert_eq!(after.draft, None);
    // A paper that does not exist keeps no draft.
    assert_eq!(
        editor::keep_paper_draft(&w.db, SLUG, "WP-NONE", &draft(vec![]), w.secretariat)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
}

#[tokio::test]
async fn earlier_comments_follow_their_text_into_the_new_version_or_are_listed_under_removed_text()
{
    let w = open_world().await;
    let (on_first, on_second, on_whole) = commented(&w).await;
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    save(&w, SECOND, &[(first_1_2, Choice::Removed)])
        .await
        .unwrap();

    let overview = page(&w, Opened::Nothing).await;
    let new_1_1 = paragraph_id(&w, 2, "1.1").await;
    let counts: Vec<(Option<i64>, u64, u64)> = overview
        .counts
        .iter()
        .map(|c| (c.paragraph_id, c.count, c.carried))
        .collect();
    assert_eq!(counts, [(None, 1, 1), (Some(new_1_1), 1, 1)]);
    assert_eq!(overview.on_removed_text, 1);

    // On the new 1.1: Ana's comment, marked with the version and text it was written on.
    let opened = page(&w, Opened::Paragraph("1.1".to_owned())).await;
    assert_eq!(opened.comments.len(), 1);
    assert_eq!(opened.comments[0].id, on_first);
    let written_on = opened.comments[0].written_on.clone().unwrap();
    assert_eq!(written_on.version, 1);
    assert_eq!(written_on.paragraph_number.as_deref(), Some("1.1"));
    assert_eq!(
        written_on.paragraph_text.as_deref(),
        Some("The first paragraph of the scope.")
    );
    // The new 1.2 is another text: nothing of the old 1.2 is shown on it.
    assert!(
        page(&w, Opened::Paragraph("1.2".to_owned()))
            .await
            .comments
            .is_empty()
    );
    let removed = page(&w, Opened::Removed).await;
    assert_eq!(
        removed.comments.iter().map(|c| c.id).collect::<Vec<_>>(),
        [on_second]
    );
    let whole = page(&w, Opened::WholePaper).await;
    assert_eq!(
        whole.comments.iter().map(|c| c.id).collect::<Vec<_>>(),
        [on_whole]
    );

    // A comment written on version 2 is its own, and stands beside the carried one.
    let new = submit(
        &w,
        w.ben,
        "1.1",
        "On the very first paragraph, as it now reads.",
        &[],
        "anonymous",
    )
    .await;
    publish(&w, new).await;
    let opened = page(&w, Opened::Paragraph("1.1".to_owned())).await;
    assert_eq!(
        opened.comments.iter().map(|c| c.id).collect::<Vec<_>>(),
        [on_first, new]
    );
    assert_eq!(opened.comments[1].written_on, None);

    // Version 3 changes nothing there: version 1's comment is still on 1.1.
    let third = SECOND.replace("Who authorizes", "Who approves");
    save(&w, &third, &[]).await.unwrap();
    let opened = page(&w, Opened::Paragraph("1.1".to_owned())).await;
    assert_eq!(
        opened.comments.iter().map(|c| c.id).collect::<Vec<_>>(),
        [on_first, new]
    );
    assert_eq!(
        opened.comments[0].written_on.as_ref().map(|w| w.version),
        Some(1)
    );
    assert_eq!(
        opened.comments[1].written_on.as_ref().map(|w| w.version),
        Some(2)
    );
    assert_eq!(page(&w, Opened::Removed).await.comments.len(), 1);
}

#[tokio::test]
async fn the_secretariat_can_put_an_uncertain_paragraphs_comments_elsewhere() {
    let w = open_world().await;
    let (_, on_second, _) = commented(&w).await;
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    // The secretariat knows the new 1.2 replaces the old one.
    save(
        &w,
        SECOND,
        &[(first_1_2, Choice::Paragraph("1.2".to_owned()))],
    )
    .await
    .unwrap();
    let opened = page(&w, Opened::Paragraph("1.2".to_owned())).await;
    assert_eq!(
        opened.comments.iter().map(|c| c.id).collect::<Vec<_>>(),
        [on_second]
    );
    assert_eq!(page(&w, Opened::Nothing).await.on_removed_text, 0);
}

/// One change a drafter makes to the list of paragraphs.
#[derive(Clone, Debug)]
enum Edit {
    Reword(usize, String),
    Delete(usize),
    Insert(usize, String),
    Split(usize),
    Merge(usize),
    Move(usize, usize),
}

fn sentence() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let word = prop::sample::select(vec![
        "root",
        "zone",
        "governance",
        "names",
        "numbers",
        "developing",
        "countries",
        "spectrum",
        "privacy",
        "security",
        "standards",
        "access",
        "multilingual",
        "forum",
    ]);
    prop::collection::vec(word, 4..12).prop_map(|w| {
        let mut s = w.join(" ");
        s.push('.');
        s
    })
}

fn edit() -> impl proptest::strategy::Strategy<Value = Edit> {
    use proptest::prelude::*;
    prop_oneof![
        (0..6usize, sentence()).prop_map(|(i, s)| Edit::Reword(i, s)),
        (0..6usize).prop_map(Edit::Delete),
        (0..6usize, sentence()).prop_map(|(i, s)| Edit::Insert(i, s)),
        (0..6usize).prop_map(Edit::Split),
        (0..6usize).prop_map(Edit::Merge),
        (0..6usize, 0..6usize).prop_map(|(i, j)| Edit::Move(i, j)),
    ]
}

fn apply(paragraphs: &mut Vec<String>, edit: &Edit) {
    let n = paragraphs.len();
    match edit.clone() {
        Edit::Reword(i, s) if i < n => {
            // Half the words kept: a light or a heavy rewrite, by chance.
            let mut words: Vec<String> = paragraphs[i].split(' ').map(str::to_owned).collect();
            let keep = words.len() / 2;
            words.truncate(keep);
            words.push(s);
            paragraphs[i] = words.join(" ");
        }
        Edit::Delete(i) if i < n && n > 1 => {
            paragraphs.remove(i);
        }
        Edit::Insert(i, s) => paragraphs.insert(i.min(n), s),
        Edit::Split(i) if i < n => {
            let words: Vec<&str> = paragraphs[i].split(' ').collect();
            if words.len() >= 4 {
                let (a, b) = words.split_at(words.len() / 2);
                let (a, b) = (format!("{}.", a.join(" ")), b.join(" "));
                paragraphs[i] = a;
                paragraphs.insert(i + 1, b);
            }
        }
        Edit::Merge(i) if i + 1 < n => {
            let next = paragraphs.remove(i + 1);
            paragraphs[i] = format!("{} {next}", paragraphs[i]);
        }
        Edit::Move(i, j) if i < n && j < n => {
            let p = paragraphs.remove(i);
            paragraphs.insert(j, p);
        }
        _ => {}
    }
}

fn markdown(paragraphs: &[String]) -> String {
    let mut text = "## Findings\n\n".to_owned();
    for p in paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
    }
    text
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::with_cases(12)
    })]

    /// Whatever the drafters do over several versions, and whatever the secretariat
    /// chooses for the uncertain matches, every published comment can be read on the
    /// current version: on the paragraphs that continue its own, or under the removed text,
    /// exactly one of the two; and a paragraph the secretariat said was removed keeps no
    /// comment on the new text.
    #[test]
    fn every_comment_stays_reachable_through_any_sequence_of_versions(
        first in proptest::collection::vec(sentence(), 1..5),
        edits in proptest::collection::vec(proptest::collection::vec(edit(), 1..4), 1..4),
        remove_uncertain in proptest::collection::vec(proptest::bool::ANY, 16),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let w = open_world().await;
            let mut paragraphs = first;
            save(&w, &markdown(&paragraphs), &[]).await.unwrap();
            let mut published: Vec<i64> = Vec::new();
            let mut said_removed: Vec<i64> = Vec::new();
            for (round, changes) in edits.iter().enumerate() {
                // A comment on every paragraph of this version.
                for k in 0..paragraphs.len() {
                    let body = format!("Round {round}, on paragraph {k}, with enough words.");
                    let id = submit(&w, w.ana, &format!("1.{}", k + 1), &body, &[], "anonymous").await;
                    publish(&w, id).await;
                    published.push(id);
                }
                for change in changes {
                    apply(&mut paragraphs, change);
                }
                let text = markdown(&paragraphs);
                let preview = editor::preview_changes(&w.db, SLUG, PAPER, &text).await.unwrap();
                let choices: Vec<(i64, Choice)> = preview
                    .matches
                    .iter()
                    .filter(|m| !m.certain)
                    .enumerate()
                    .map(|(k, m)| {
                        let remove = remove_uncertain[k % remove_uncertain.len()];
                        (m.old_id, if remove { Choice::Removed } else { Choice::Proposed })
                    })
                    .collect();
                let removed_now: Vec<i64> = choices
                    .iter()
                    .filter(|(_, c)| *c == Choice::Removed)
                    .map(|(id, _)| *id)
                    .collect();
                save(&w, &text, &choices).await.unwrap();
                said_removed.extend(removed_now);
            }
            let current = page(&w, Opened::Nothing).await;
            let removed: Vec<i64> = page(&w, Opened::Removed).await.comments.iter().map(|c| c.id).collect();
            let mut on_paragraphs: Vec<i64> = Vec::new();
            for k in 0..paragraphs.len() {
                let opened = page(&w, Opened::Paragraph(format!("1.{}", k + 1))).await;
                on_paragraphs.extend(opened.comments.iter().map(|c| c.id));
            }
            for id in &published {
                let here = on_paragraphs.contains(id);
                let gone = removed.contains(id);
                proptest::prop_assert!(here != gone, "comment {} on paragraphs: {}, under removed text: {}", id, here, gone);
            }
            proptest::prop_assert_eq!(current.on_removed_text, removed.len() as u64);
            // What the secretariat said was removed is not shown on the new text.
            let anchored_on_removed: Vec<i64> = {
                use app::backend::entities::comment;
                comment::Entity::find()
                    .filter(comment::Column::ParagraphId.is_in(said_removed.clone()))
                    .all(&w.db)
                    .await
                    .unwrap()
                    .iter()
                    .map(|c| c.id)
                    .collect()
            };
            for id in anchored_on_removed {
                proptest::prop_assert!(!on_paragraphs.contains(&id), "comment {} shown on the new text", id);
            }
            Ok(())
        })?;
    }
}

#[tokio::test]
async fn the_changes_page_shows_each_paragraphs_fate_its_words_and_its_comments() {
    use app::backend::comments::changes::changes;
    use app::domain::diff::Change;
    let w = open_world().await;
    let (on_first, on_second, _) = commented(&w).await;
    assert_eq!(
        changes(&w.db, SLUG, PAPER, None).await.unwrap_err(),
        AppError::NotFound,
        "a first version has no changes"
    );
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    save(&w, SECOND, &[(first_1_2, Choice::Removed)])
        .await
        .unwrap();
    let c = changes(&w.db, SLUG, PAPER, None).await.unwrap();
    assert_eq!((c.version, c.current_version), (2, 2));
    type Summary<'a> = (Option<&'a str>, Option<Fate>, Vec<String>, Vec<i64>);
    let summary: Vec<Summary> = c
        .paragraphs
        .iter()
        .map(|p| {
            (
                p.old_number.as_deref(),
                p.fate,
                p.new_numbers.clone(),
                p.comments.iter().map(|c| c.id).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                Some("1.1"),
                Some(Fate::Edited),
                vec!["1.1".to_owned()],
                vec![on_first]
            ),
            (Some("1.2"), Some(Fate::Removed), vec![], vec![on_second]),
            (
                Some("2.1"),
                Some(Fate::Unchanged),
                vec!["2.1".to_owned()],
                vec![]
            ),
            (None, None, vec!["1.2".to_owned()], vec![]),
        ]
    );
    assert!(
        c.paragraphs[0]
            .diff
            .contains(&Change::Added("very ".to_owned()))
    );
    assert_eq!(
        c.paragraphs[1].diff,
        [Change::Removed(
            "The second paragraph of the scope.".to_owned()
        )]
    );
    assert_eq!(
        changes(&w.db, SLUG, PAPER, Some(3)).await.unwrap_err(),
        AppError::NotFound
    );
}

#[tokio::test]
async fn the_disposition_of_comments_lists_every_comment_with_its_fate_and_response() {
    use app::backend::comments::changes::changes;
    use app::backend::digest_formats::{DISPOSITION_COLUMNS, dispositions_csv, dispositions_docx};
    let w = open_world().await;
    let (on_first, on_second, _) = commented(&w).await;
    dispose(&w, on_first, "accepted", "=HYPERLINK(\"x\") Taken in 1.1.").await;
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    save(&w, SECOND, &[(first_1_2, Choice::Removed)])
        .await
        .unwrap();
    let bytes = dispositions_csv(&changes(&w.db, SLUG, PAPER, None).await.unwrap(), en()).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        DISPOSITION_COLUMNS
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let first = rows
        .iter()
        .find(|r| r[0].ends_with(&format!("{on_first:06}")))
        .unwrap();
    assert_eq!(&first[1..6], [PAPER, "1", "1.1", "edited", "1.1"]);
    assert_eq!(first[8], "accepted");
    // A response that looks like a formula is text in a spreadsheet.
    assert_eq!(first[9], "'=HYPERLINK(\"x\") Taken in 1.1.");
    let second = rows
        .iter()
        .find(|r| r[0].ends_with(&format!("{on_second:06}")))
        .unwrap();
    assert_eq!(&second[3..6], ["1.2", "removed", ""]);
    assert_eq!(
        rows.len(),
        3,
        "and the comment on the paper as a whole, without a paragraph"
    );
    assert_eq!(&rows[2][3..6], ["", "", ""]);

    // The same report as a word-processor document, a table row per comment.
    let docx = dispositions_docx(&changes(&w.db, SLUG, PAPER, None).await.unwrap(), en()).unwrap();
    let xml = document_xml(&docx);
    assert!(xml.contains("Disposition of comments: "), "{xml}");
    assert!(xml.contains(&first[0]));
    assert!(xml.contains("1.1 (edited, now 1.1)"));
    assert!(xml.contains("1.2 (removed)"));
    assert!(xml.contains("The paper as a whole"));
    assert!(xml.contains("Taken in 1.1."));
    assert_eq!(
        xml.matches("<w:tr>").count() + xml.matches("<w:tr ").count(),
        4
    );
    // In Arabic: its words, right to left; references and numbers as they are.
    let arabic = app::backend::digest_formats::Words::new(app::i18n::Locale::Ar);
    let docx =
        dispositions_docx(&changes(&w.db, SLUG, PAPER, None).await.unwrap(), arabic).unwrap();
    let xml = document_xml(&docx);
    let t = app::i18n::Locale::Ar.texts();
    assert!(xml.contains(t.g.file.the_whole_paper) && xml.contains(t.g.file.col_reference));
    assert!(xml.contains((t.e.fate_name)(app::domain::versions::Fate::Removed)));
    assert!(xml.contains(&first[0]) && xml.contains("<w:bidi />"));
    assert!(!xml.contains("The paper as a whole") && !xml.contains("Disposition of comments"));
}

#[tokio::test]
async fn a_disposition_names_the_change_it_led_to_in_a_later_version() {
    use app::backend::comments::changes::changes;
    use app::backend::desk::{self, Answer};
    use app::backend::digest_formats::dispositions_csv;
    let w = open_world().await;
    let (on_first, _, _) = commented(&w).await;
    let with_change = |changed| Answer {
        kind: "accepted",
        response: "Taken into the next draft.",
        changed: Some(changed),
    };
    // Before there is a later version, there is no change to name.
    let own_paragraph = paragraph_id(&w, 1, "1.1").await;
    assert!(
        desk::change_choices(&w.db, on_first)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        desk::set_disposition(&w.db, w.secretariat, on_first, &with_change(own_paragraph))
            .await
            .unwrap_err(),
        AppError::validation(Field::ChangedIn, Problem::UnknownChoice)
    );
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    save(&w, SECOND, &[(first_1_2, Choice::Removed)])
        .await
        .unwrap();
    // Now the paragraphs of version 2 may be named, and nothing else.
    let choices = desk::change_choices(&w.db, on_first).await.unwrap();
    let numbers: Vec<(i32, &str)> = choices
        .iter()
        .map(|c| (c.version, c.number.as_str()))
        .collect();
    assert_eq!(numbers, [(2, "1.1"), (2, "1.2"), (2, "2.1")]);
    assert_eq!(
        desk::set_disposition(&w.db, w.secretariat, on_first, &with_change(own_paragraph))
            .await
            .unwrap_err(),
        AppError::validation(Field::ChangedIn, Problem::UnknownChoice)
    );
    let new_1_1 = paragraph_id(&w, 2, "1.1").await;
    desk::set_disposition(&w.db, w.secretariat, on_first, &with_change(new_1_1))
        .await
        .unwrap();

    // Readers see it under the response, on the changes page and in the report.
    let c = changes(&w.db, SLUG, PAPER, None).await.unwrap();
    let named = c.paragraphs[0].comments[0]
        .disposition
        .clone()
        .unwrap()
        .changed_in
        .unwrap();
    assert_eq!((named.version, named.number.as_str()), (2, "1.1"));
    let text = String::from_utf8(dispositions_csv(&c, en()).unwrap()).unwrap();
    let row = text
        .lines()
        .find(|l| l.contains("Taken into the next draft."))
        .unwrap();
    assert!(
        row.contains(",accepted,Taken into the next draft.,2,1.1,"),
        "{row}"
    );
    // The author reads the answer on their comment's own page.
    let answer = comments::mine(&w.db, w.ana, on_first)
        .await
        .unwrap()
        .disposition
        .unwrap();
    assert_eq!(
        (
            answer.response.as_str(),
            answer.changed_in.map(|c| c.number)
        ),
        ("Taken into the next draft.", Some("1.1".to_owned()))
    );

    // Saved again without a change, it names none.
    dispose(&w, on_first, "accepted", "Taken.").await;
    let c = changes(&w.db, SLUG, PAPER, None).await.unwrap();
    let disposition = c.paragraphs[0].comments[0].disposition.clone().unwrap();
    assert_eq!(disposition.changed_in, None);
}

#[tokio::test]
async fn a_digest_names_the_version_of_an_earlier_paragraph_and_where_it_is_read_now() {
    use app::backend::digest::{self, Scope};
    use app::backend::digest_formats::markdown;
    use app::domain::digest::{DigestFilter, EarlierPlace};
    let w = open_world().await;
    commented(&w).await;
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    save(&w, SECOND, &[(first_1_2, Choice::Removed)])
        .await
        .unwrap();
    let new = submit(
        &w,
        w.ben,
        "1.1",
        "On the new text of 1.1.",
        &[],
        "anonymous",
    )
    .await;
    publish(&w, new).await;
    let scope = Scope {
        slug: SLUG,
        paper: Some(PAPER),
    };
    let d = digest::build(
        &w.db,
        scope,
        &DigestFilter::default(),
        time::OffsetDateTime::now_utc(),
    )
    .await
    .unwrap();
    let places: Vec<(Option<&str>, Option<EarlierPlace>)> = d
        .sections
        .iter()
        .map(|s| (s.paragraph.as_deref(), s.earlier.clone()))
        .collect();
    let earlier = |now: Option<&str>| {
        Some(EarlierPlace {
            version: 1,
            now: now.map(str::to_owned),
        })
    };
    // Two sections named 1.1, told apart: the one of version 1, and the current one.
    assert!(
        places.contains(&(Some("1.1"), earlier(Some("1.1")))),
        "{places:?}"
    );
    assert!(places.contains(&(Some("1.1"), None)), "{places:?}");
    assert!(places.contains(&(Some("1.2"), earlier(None))), "{places:?}");
    let text = markdown(&d, en());
    assert!(text.contains("(version 1; now paragraph 1.1)"), "{text}");
    assert!(text.contains("(version 1; its text was removed)"), "{text}");
    // The CSV names each comment's version beside its paragraph.
    let selection = digest::Selection::new(&w.db, scope, &DigestFilter::default())
        .await
        .unwrap();
    let bytes = app::backend::digest_formats::csv(&w.db, selection, en())
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let versions: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[column("paragraph")].to_owned(),
                r[column("version")].to_owned(),
            )
        })
        .collect();
    for (paragraph, version) in [("1.1", "1"), ("1.2", "1"), ("1.1", "2")] {
        assert!(
            versions.contains(&(paragraph.to_owned(), version.to_owned())),
            "{versions:?}"
        );
    }
}

#[tokio::test]
async fn search_opens_an_earlier_comment_where_it_is_read_now() {
    let w = open_world().await;
    let (on_first, on_second, on_whole) = commented(&w).await;
    let first_1_2 = paragraph_id(&w, 1, "1.2").await;
    // Version 2 puts a new paragraph first: the old 1.1 is now 1.2.
    let second = "## Scope\n\nA paragraph that is new.\n\nThe very first paragraph of the scope.\n\n## Oversight\n\nWho authorizes changes to the root zone file.\n";
    save(&w, second, &[(first_1_2, Choice::Removed)])
        .await
        .unwrap();
    let hits = search_hits(&w.db, "").await;
    let hit = |id: i64| hits.iter().find(|h| h.comment.id == id).unwrap();
    assert_eq!(hit(on_first).read_at, "1.2");
    let written_on = hit(on_first).comment.written_on.clone().unwrap();
    assert_eq!(
        (written_on.version, written_on.paragraph_number.as_deref()),
        (1, Some("1.1"))
    );
    assert_eq!(hit(on_second).read_at, "removed");
    assert_eq!(hit(on_whole).read_at, "whole");
    assert_eq!(
        hit(on_whole).comment.written_on.as_ref().map(|w| w.version),
        Some(1)
    );
    // The author's receipt and the desk open it at the same place, naming its first one.
    let receipt = comments::mine(&w.db, w.ana, on_first).await.unwrap();
    assert_eq!(receipt.read_at, "1.2");
    assert_eq!(receipt.written_on, Some(written_on.clone()));
    let on_desk = app::backend::desk::item(&w.db, on_first).await.unwrap();
    assert_eq!(
        (on_desk.read_at.as_str(), on_desk.written_on),
        ("1.2", Some(written_on))
    );
    let removed = comments::mine(&w.db, w.ben, on_second).await.unwrap();
    assert_eq!(removed.read_at, "removed");
    // A comment on the current version is read where it was written.
    let new = submit(
        &w,
        w.ben,
        "1.1",
        "On the new first paragraph of the scope.",
        &[],
        "anonymous",
    )
    .await;
    publish(&w, new).await;
    let hits = search_hits(&w.db, "").await;
    let fresh = hits.iter().find(|h| h.comment.id == new).unwrap();
    assert_eq!(
        (fresh.read_at.as_str(), fresh.comment.written_on.clone()),
        ("1.1", None)
    );
}

/// The GNU Free Documentation License as the FSF published it in 2002 and in 2008: two real
/// revisions of one document (see `fixtures/gfdl/README.md`).
const GFDL_1_2: &str = include_str!("fixtures/gfdl/GFDL-1.2.md");
const GFDL_1_3: &str = include_str!("fixtures/gfdl/GFDL-1.3.md");
/// The code of the licence's paper.
const GFDL: &str = "WP-GFDL";

/// The licence's paper with this text.
fn licence(markdown: &str) -> PaperForm {
    PaperForm {
        code: GFDL.to_owned(),
        title: "GNU Free Documentation License".to_owned(),
        ..paper_form(markdown)
    }
}

async fn save_licence(
    w: &World,
    markdown: &str,
    choices: &[(i64, Choice)],
) -> Result<String, AppError> {
    save_form(w, &licence(markdown), choices).await
}

fn licence_target() -> Target<'static> {
    Target {
        slug: SLUG,
        code: GFDL,
        reply_to: None,
    }
}

/// Ana's comment on paragraph `number` of the licence, published.
async fn comment_on_licence(w: &World, number: &str) -> i64 {
    let body = format!("On paragraph {number} of the licence, as it read in 2002.");
    let comment_form = form(number, &body, &[], "anonymous");
    let id = submit_as(w, w.ana, licence_target(), &comment_form)
        .await
        .unwrap()
        .id;
    w.writer.settle().await.unwrap();
    publish(w, id).await;
    id
}

async fn licence_page(w: &World, opened: Opened) -> PaperComments {
    comments::paper_comments(&w.db, SLUG, GFDL, &opened, &CommentFilter::default(), None)
        .await
        .unwrap()
}

/// The paragraphs of the section headed `title`, in order.
fn section<'a>(blocks: &'a [ParagraphView], title: &str) -> Vec<&'a ParagraphView> {
    blocks
        .iter()
        .skip_while(|b| !(b.kind == BlockKind::Heading && b.text == title))
        .skip(1)
        .take_while(|b| b.kind != BlockKind::Heading)
        .collect()
}

#[tokio::test]
async fn a_real_revision_carries_every_comment_and_its_new_section_starts_without_any() {
    let w = open_world().await;
    save_licence(&w, GFDL_1_2, &[]).await.unwrap();
    // A published comment on every paragraph of version 1.2.
    let first = editor::preview(GFDL_1_2);
    let mut comment_on: HashMap<String, i64> = HashMap::new();
    for block in first.iter().filter(|b| b.kind != BlockKind::Heading) {
        let id = comment_on_licence(&w, &block.number).await;
        comment_on.insert(block.number.clone(), id);
    }
    assert_eq!(comment_on.len(), 58);

    let preview = editor::preview_changes(&w.db, SLUG, GFDL, GFDL_1_3)
        .await
        .unwrap();
    let paragraphs = preview
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Heading)
        .count();
    assert_eq!(paragraphs, 67);
    assert_eq!(preview.matches.len(), comment_on.len());

    // The preamble did not change in 2008: its paragraphs are unchanged, certainly.
    let old_preamble = section(&first, "0. PREAMBLE");
    let new_preamble = section(&preview.blocks, "0. PREAMBLE");
    assert_eq!((old_preamble.len(), new_preamble.len()), (3, 3));
    for (old, new) in old_preamble.iter().zip(&new_preamble) {
        assert_eq!(old.text, new.text);
        let proposed = preview
            .matches
            .iter()
            .find(|m| m.old_number == old.number)
            .unwrap();
        assert_eq!(proposed.fate, Fate::Unchanged);
        assert_eq!(proposed.new_numbers, std::slice::from_ref(&new.number));
        assert!(proposed.certain);
    }

    // Section 11, RELICENSING, is new: no paragraph of 1.2 continues in it.
    assert!(section(&first, "11. RELICENSING").is_empty());
    let relicensing = section(&preview.blocks, "11. RELICENSING");
    assert_eq!(relicensing.len(), 5);
    let continued: Vec<&str> = preview
        .matches
        .iter()
        .flat_map(|m| m.new_numbers.iter().map(String::as_str))
        .collect();
    for new in &relicensing {
        let number = new.number.as_str();
        assert!(!continued.contains(&number), "{number}");
    }

    // The rewritten paragraphs are put to the secretariat, who confirms each as proposed.
    let uncertain: Vec<(i64, Choice)> = preview
        .matches
        .iter()
        .filter(|m| !m.certain)
        .map(|m| (m.old_id, Choice::Proposed))
        .collect();
    assert!(!uncertain.is_empty());
    let count = uncertain.len();
    assert_eq!(
        save_licence(&w, GFDL_1_3, &[]).await.unwrap_err(),
        AppError::validation(Field::Matches, Problem::MatchesToConfirm { count })
    );
    save_licence(&w, GFDL_1_3, &uncertain).await.unwrap();

    // Every comment on 1.2 is read on the paragraphs that continue its own, marked with the
    // version and paragraph it was written on, or under the removed text: none is lost.
    let mut removed: Vec<i64> = Vec::new();
    let mut carried: Vec<i64> = Vec::new();
    for proposed in &preview.matches {
        let id = comment_on[&proposed.old_number];
        if proposed.fate == Fate::Removed {
            removed.push(id);
            continue;
        }
        for number in &proposed.new_numbers {
            let opened = licence_page(&w, Opened::Paragraph(number.clone())).await;
            let shown = opened.comments.iter().find(|c| c.id == id).unwrap();
            let written_on = shown.written_on.clone().unwrap();
            assert_eq!(written_on.version, 1);
            assert_eq!(
                written_on.paragraph_number.as_deref(),
                Some(proposed.old_number.as_str())
            );
        }
        carried.push(id);
    }
    // 1.3 drops no paragraph of 1.2 entirely.
    assert!(removed.is_empty());
    let under_removed = licence_page(&w, Opened::Removed).await;
    let under_removed: Vec<i64> = under_removed.comments.iter().map(|c| c.id).collect();
    assert_eq!(under_removed, removed);
    let overview = licence_page(&w, Opened::Nothing).await;
    assert_eq!(overview.on_removed_text, removed.len() as u64);
    assert_eq!(carried.len() + removed.len(), comment_on.len());
    // The page counts each carried comment once, on the paragraph that continues its own:
    // none of them was split.
    let shown_carried: u64 = overview.counts.iter().map(|c| c.carried).sum();
    assert_eq!(shown_carried, carried.len() as u64);
    // Nothing written on 1.2 is shown on section 11.
    for new in &relicensing {
        let number = new.number.clone();
        let opened = licence_page(&w, Opened::Paragraph(number)).await;
        assert!(opened.comments.is_empty(), "{}", new.number);
    }
}

/// The files' words in English, as a download without `lang` has them.
fn en() -> app::backend::digest_formats::Words {
    app::backend::digest_formats::Words::new(app::i18n::Locale::En)
}
