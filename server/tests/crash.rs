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
    client, free_port, scratch_folder, seed_demo, sign_in, sqlite_url, start, stored_comments,
    submit,
};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const STAKEHOLDERS: [&str; 5] = [
    "government@demo.consult.example",
    "business@demo.consult.example",
    "civil@demo.consult.example",
    "academic@demo.consult.example",
    "igo@demo.consult.example",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_comment_is_lost_when_the_server_is_killed() {
    let dir = scratch_folder("crash");
    let url = sqlite_url(&dir);
    seed_demo(&url);

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = start(&url, port).await;
    let http = client();
    let mut cookies = Vec::new();
    for email in STAKEHOLDERS {
        cookies.push(sign_in(&http, &base, email).await);
    }

    // Ten submissions per stakeholder (the per-account limit), all at once; the server is
    // killed once a third of the receipts are in.
    let receipts = Arc::new(Mutex::new(BTreeSet::new()));
    let mut tasks = Vec::new();
    for (who, cookie) in cookies.into_iter().enumerate() {
        for n in 0..10 {
            let (http, base, cookie, receipts) =
                (http.clone(), base.clone(), cookie.clone(), receipts.clone());
            tasks.push(tokio::spawn(async move {
                let body = format!(
                    "Comment {n} of stakeholder {who}: the oversight of the root zone should be shared."
                );
                if let Some(id) = submit(&http, &base, &cookie, &body).await {
                    receipts.lock().unwrap().insert(id);
                }
            }));
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
    let port = free_port();
    let mut child = start(&url, port).await;
    let stored = stored_comments(&url).await;
    let lost: Vec<&i64> = acknowledged.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    child.kill().unwrap();
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(dir);
}
