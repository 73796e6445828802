//! The paper page and the moderation queue read the database a fixed number of times,
//! however many comments they show (no query per comment: no N+1); a submission reads as
//! little as its checks need.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::comments::{self, Opened};
use app::backend::consultations;
use app::backend::desk::{self, QueueFilter};
use app::domain::comment::{CommentFilter, PAGE_SIZE};
use common::*;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A connection to the world's database that counts the statements sent through it.
fn counting(db: &DatabaseConnection) -> (DatabaseConnection, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let mut counted = db.clone();
    let seen = count.clone();
    counted.set_metric_callback(move |_| {
        seen.fetch_add(1, Ordering::Relaxed);
    });
    (counted, count)
}

/// `n` published comments on paragraph 1.1 with tags, each with a published reply; and `n`
/// pending ones.
async fn comments_on_the_paper(w: &World, n: usize) {
    for i in 0..n {
        let body = format!("Comment number {i} on the scope, with its own words and reasons.");
        let id = submit(
            w,
            w.ana,
            "1.1",
            &body,
            &["privacy", "root-servers"],
            "anonymous",
        )
        .await;
        publish(w, id).await;
        let reply = reply(w, w.ben, id, &format!("A reply to comment {i}.")).await;
        publish(w, reply).await;
        let pending = format!("A pending comment, number {i}, still to be moderated.");
        submit(
            w,
            w.ben,
            "1.2",
            &pending,
            &["privacy"],
            "name_and_organisation",
        )
        .await;
    }
}

/// The statements the paper page's two readings send: the paper and its opened paragraph.
async fn paper_page_queries(w: &World) -> (usize, usize) {
    let (db, count) = counting(&w.db);
    consultations::paper(&db, SLUG, PAPER).await.unwrap();
    let page = comments::paper_comments(
        &db,
        SLUG,
        PAPER,
        &Opened::from_query("1.1"),
        &CommentFilter::default(),
        None,
    )
    .await
    .unwrap();
    (count.load(Ordering::Relaxed), page.comments.len())
}

async fn queue_queries(w: &World) -> (usize, usize) {
    let (db, count) = counting(&w.db);
    let page = desk::queue(&db, &QueueFilter::default(), None)
        .await
        .unwrap();
    (count.load(Ordering::Relaxed), page.items.len())
}

#[tokio::test]
async fn the_paper_page_and_the_queue_read_as_often_for_one_comment_as_for_a_full_page() {
    let few = open_world().await;
    comments_on_the_paper(&few, 1).await;
    let many = open_world().await;
    comments_on_the_paper(&many, PAGE_SIZE as usize + 5).await;

    let (few_queries, shown) = paper_page_queries(&few).await;
    assert_eq!(shown, 1);
    let (many_queries, shown) = paper_page_queries(&many).await;
    assert_eq!(shown, PAGE_SIZE as usize);
    assert_eq!(
        few_queries, many_queries,
        "the paper page: no query per comment"
    );
    assert!(
        many_queries <= 16,
        "the paper page sends {many_queries} statements"
    );

    let (few_queries, listed) = queue_queries(&few).await;
    assert_eq!(listed, 1);
    let (many_queries, listed) = queue_queries(&many).await;
    assert!(listed >= PAGE_SIZE as usize, "{listed}");
    assert_eq!(few_queries, many_queries, "the queue: no query per comment");
    assert!(
        many_queries <= 19,
        "the queue sends {many_queries} statements"
    );
}

#[tokio::test]
async fn a_submission_reads_six_times_before_the_writer_and_none_after() {
    // Under load every statement is a round trip: the checks look up the consultation, the
    // paper, the author, the version, the paragraph and the tags, once each, and the
    // receipt is built from what was written. (The writer's own transaction is not counted
    // here: it is shared by every submission of its batch.)
    let w = open_world().await;
    let (db, count) = counting(&w.db);
    let receipt = comments::submit(
        &db,
        &w.writer,
        w.ana,
        on_paper(),
        &form("1.1", BODY, &["privacy", "root-servers"], "anonymous"),
    )
    .await
    .unwrap();
    assert_eq!(receipt.paragraph_number.as_deref(), Some("1.1"));
    assert_eq!(count.load(Ordering::Relaxed), 6);
}
