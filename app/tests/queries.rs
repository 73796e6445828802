//! The paper page and the moderation queue read the database a fixed number of times,
//! however many comments they show (no query per comment: no N+1); a submission reads as
//! little as its checks need.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::comments::{self, Opened};
use app::backend::consultations;
use app::backend::db;
use app::backend::desk::{self, QueueFilter};
use app::backend::entities::moderation_event;
use app::backend::submission::{self, store};
use app::domain::comment::{CommentFilter, CommentStatus, PAGE_SIZE};
use common::*;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
};
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
    consultations::paper(&db, SLUG, PAPER, "en").await.unwrap();
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
    // 16, 1 for the comments' attachments (2 more when there are any), 1 for their
    // campaigns (a campaign's copies are shown as one text).
    assert!(
        many_queries <= 18,
        "the paper page sends {many_queries} statements"
    );

    let (few_queries, listed) = queue_queries(&few).await;
    assert_eq!(listed, 1);
    let (many_queries, listed) = queue_queries(&many).await;
    assert!(listed >= PAGE_SIZE as usize, "{listed}");
    assert_eq!(few_queries, many_queries, "the queue: no query per comment");
    // 19, 1 to find each paper's current version (where a comment is read now), 1 for the
    // comments' attachments (2 more when there are any), 1 for whose addresses are verified,
    // 1 for another letter of each campaign (why it was grouped).
    assert!(
        many_queries <= 23,
        "the queue sends {many_queries} statements"
    );
}

#[tokio::test]
async fn a_submission_reads_three_times_before_the_writer_and_none_after() {
    // Under load every statement is a round trip: the checks look up the paper with its
    // consultation, the paragraph with its version, and the tags, once each; the author
    // comes with the session; the receipt is built from what was written. (The writer's
    // own transaction is not counted here: it is shared by every submission of its batch.)
    let w = open_world().await;
    let (db, count) = counting(&w.db);
    let receipt = submission::submit(
        &db,
        &w.writer,
        &author_of(&w.db, w.ana).await,
        on_paper(),
        &form("1.1", BODY, &["privacy", "root-servers"], "anonymous"),
        None,
        &[],
    )
    .await
    .unwrap();
    assert_eq!(receipt.paragraph_number.as_deref(), Some("1.1"));
    assert_eq!(count.load(Ordering::Relaxed), 3);
}

#[tokio::test]
async fn the_writer_writes_a_batch_in_five_statements_whatever_its_size() {
    // The rows, their tags, the first events of their histories, the receipts' "not me"
    // links and the receipts in the outbox: one statement each for the whole batch, so
    // that the single writer keeps up with many submitters.
    let w = open_world().await;
    let tag_sets: [&[&str]; 3] = [&[], &["privacy"], &["privacy", "root-servers"]];
    for size in [3, 40] {
        let mut batch = Vec::new();
        let mut expected = Vec::new();
        for n in 0..size {
            let (author, tags) = ([w.ana, w.ben][n % 2], tag_sets[n % 3]);
            let body = format!("Batch of {size}, submission {n}: the root zone needs oversight.");
            batch.push(prepared(&w, author, &form("1.2", &body, tags, "anonymous")).await);
            expected.push((author, body, tags));
        }
        let (db, count) = counting(&w.db);
        let ids = store::write_all(&db, &batch).await.unwrap();
        assert_eq!(count.load(Ordering::Relaxed), 5, "a batch of {size}");
        // Each id is its own submission's: its text, its tags, its author's history.
        assert_eq!(ids.len(), size);
        for (id, (author, body, tags)) in ids.into_iter().zip(expected) {
            let stored = comments::mine(&w.db, author, id).await.unwrap();
            assert_eq!(stored.body, body);
            let stored_tags: Vec<&str> = stored.tags.iter().map(|t| t.slug.as_str()).collect();
            assert_eq!(stored_tags, tags, "{body}");
            let events = moderation_event::Entity::find()
                .filter(moderation_event::Column::CommentId.eq(id))
                .all(&w.db)
                .await
                .unwrap();
            assert_eq!(events.len(), 1, "{body}");
            assert_eq!(events[0].actor_id, Some(author));
            assert_eq!(events[0].to_status, CommentStatus::Pending);
        }
    }
}

#[tokio::test]
async fn the_planner_keeps_figures_per_index_but_no_sampled_values() {
    let w = open_world().await;
    if w.db.get_database_backend() != DbBackend::Sqlite {
        return; // PostgreSQL's autovacuum keeps its own statistics.
    }
    comments_on_the_paper(&w, 30).await;
    let rows = |table: &'static str| {
        let db = w.db.clone();
        async move {
            sqlite_value::<i64>(
                &db,
                &format!("SELECT COUNT(*) FROM {table} WHERE tbl = 'comments'"),
            )
            .await
        }
    };
    // A plain ANALYZE samples values too, and every statement planned with the samples
    // would be prepared again at each new binding.
    w.db.execute_unprepared("PRAGMA analysis_limit = 0; ANALYZE")
        .await
        .unwrap();
    assert!(rows("sqlite_stat4").await > 0);

    db::refresh_statistics(&w.db).await.unwrap();
    assert!(rows("sqlite_stat1").await > 0, "figures for each index");
    assert_eq!(rows("sqlite_stat4").await, 0, "no sampled values");
}

#[tokio::test]
async fn the_planner_learns_that_a_table_grew_tenfold_while_the_server_runs() {
    let w = open_world().await;
    if w.db.get_database_backend() != DbBackend::Sqlite {
        return; // PostgreSQL's autovacuum keeps its own statistics.
    }
    let figure = || rows_in_statistics(&w.db, "ix_comments_status");
    comments_on_the_paper(&w, 5).await;
    db::refresh_statistics(&w.db).await.unwrap();
    assert_eq!(figure().await, 15);

    comments_on_the_paper(&w, 100).await;
    assert_eq!(
        figure().await,
        15,
        "the figures of before, until they are updated"
    );
    db::update_statistics(&w.db).await.unwrap();
    assert_eq!(figure().await, 315);
    let samples: i64 = sqlite_value(&w.db, "SELECT COUNT(*) FROM sqlite_stat4").await;
    assert_eq!(samples, 0, "bounded, so no sampled values");

    // A table that has not changed tenfold keeps its figures.
    comments_on_the_paper(&w, 10).await;
    db::update_statistics(&w.db).await.unwrap();
    assert_eq!(figure().await, 315);
}
