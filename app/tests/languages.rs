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
