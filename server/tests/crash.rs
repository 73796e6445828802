//! Crash safety: stakeholders submit comments while the server is killed with SIGKILL; after
//! a restart, every comment whose receipt was sent is in the database (SQLite, WAL,
//! `synchronous=FULL`: a receipt is sent only after the commit is on disk).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use common::{
    Receipts, STAKEHOLDERS, client, demo_database, lost_receipts, sign_in_all, start_on_free_port,
    submit_in_task,
};
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_comment_is_lost_when_the_server_is_killed() {
    let (dir, url) = demo_database("crash");

    let (base, mut child) = start_on_free_port(&url).await;
    let http = client();
    let cookies = sign_in_all(&http, &base, &STAKEHOLDERS).await;

    // Ten submissions per stakeholder (the per-account limit), all at once; the server is
    // killed once a third of the receipts are in.
    let receipts = Receipts::default();
    let mut tasks = Vec::new();
    for (who, cookie) in cookies.into_iter().enumerate() {
        for n in 0..10 {
            let body = format!(
                "Comment {n} of stakeholder {who}: the oversight of the root zone should be shared."
            );
            tasks.push(submit_in_task(&http, &base, &cookie, body, &receipts));
        }
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while receipts.lock().unwrap().len() < 15 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    for task in tasks {
        task.await.unwrap();
    }
    let acknowledged = receipts.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 15,
        "receipts before the kill: {}",
        acknowledged.len()
    );

    // Restarted, the server finds every acknowledged comment.
    let (_, mut child) = start_on_free_port(&url).await;
    let lost = lost_receipts(&url, &acknowledged).await;
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    child.kill().unwrap();
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(dir);
}
