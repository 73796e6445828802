//! Service tests of comments in other languages and scripts: a Chinese comment is found by
//! a two-character word in it, an Arabic or a Russian one by its words, on both engines.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use common::*;

#[tokio::test]
async fn chinese_arabic_and_russian_comments_are_found_by_their_words() {
    let w = open_world().await;
    let chinese = named_by_ana(&w, "我们建议加强互联网治理中的多利益攸关方合作。").await;
    let arabic = named_by_ana(&w, "نقترح تعزيز حوكمة الإنترنت بمشاركة جميع أصحاب المصلحة.").await;
    let russian = named_by_ana(&w, "Мы предлагаем укрепить управление интернетом.").await;
    for id in [chinese, arabic, russian] {
        publish(&w, id).await;
    }
    let found = |words: &'static str| {
        let db = w.db.clone();
        async move {
            search_hits(&db, words)
                .await
                .iter()
                .map(|h| h.comment.id)
                .collect::<Vec<_>>()
        }
    };
    // A two-character word in the middle of a Chinese sentence, and a longer one.
    assert_eq!(found("治理").await, [chinese]);
    assert_eq!(found("互联网").await, [chinese]);
    assert_eq!(found("利益攸关方").await, [chinese]);
    // Characters that are in the text but not side by side are not a word of it.
    assert!(found("治网").await.is_empty());
    assert_eq!(found("حوكمة").await, [arabic]);
    assert_eq!(found("управление").await, [russian]);
    // A word's beginning, as in every language.
    assert_eq!(found("управ").await, [russian]);
}

#[tokio::test]
async fn the_author_says_what_language_a_comment_is_in_when_the_detector_would_guess() {
    use app::backend::comments::forms;
    use app::domain::comment::CommentForm;
    use app::domain::{Field, Problem};
    let w = open_world().await;
    // Too short for the detector to be sure: nothing is guessed.
    let short = "Bon texte, à garder.";
    let guessed = submit_as(&w, w.ana, on_paper(), &form("1.1", short, &[], "anonymous"))
        .await
        .unwrap();
    assert_eq!(guessed.language, None);
    // The author says it is French: so it is, on the receipt and on the row.
    let said = CommentForm {
        language: "fr".to_owned(),
        ..form("1.1", short, &[], "anonymous")
    };
    let receipt = submit_as(&w, w.ana, on_paper(), &said).await.unwrap();
    assert_eq!(receipt.language.as_deref(), Some("fr"));
    let mine = app::backend::comments::mine(&w.db, w.ana, receipt.id)
        .await
        .unwrap();
    assert_eq!(mine.language.as_deref(), Some("fr"));
    // The edit form starts with it (the detector did not say so); a code the site does not
    // know is refused beside the field.
    assert!(mine.language_said);
    assert_eq!(CommentForm::from(&mine).language, "fr");
    let unknown = CommentForm {
        language: "<script>".to_owned(),
        ..CommentForm::from(&mine)
    };
    let err = forms::save_edit(&w.db, w.ana, receipt.id, &unknown)
        .await
        .unwrap_err();
    assert_eq!(
        err.field_problems().unwrap().get(Field::Language),
        Some(&Problem::UnknownChoice)
    );
    // Left to the detector again, a French sentence is found French without being told.
    let body = "Le système des serveurs racine devrait être supervisé par un organe international.";
    let detect = CommentForm {
        body: body.to_owned(),
        language: String::new(),
        ..CommentForm::from(&mine)
    };
    let edited = forms::save_edit(&w.db, w.ana, receipt.id, &detect)
        .await
        .unwrap();
    assert_eq!(edited.language.as_deref(), Some("fr"));
    assert!(
        !edited.language_said,
        "found, not said: the next edit finds it again"
    );
    assert_eq!(CommentForm::from(&edited).language, "");
    // Told Spanish, it is Spanish whatever the detector thinks.
    let spanish = CommentForm {
        language: "es".to_owned(),
        ..detect
    };
    let edited = forms::save_edit(&w.db, w.ana, receipt.id, &spanish)
        .await
        .unwrap();
    assert_eq!(edited.language.as_deref(), Some("es"));
}
