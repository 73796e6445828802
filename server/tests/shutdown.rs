//! Graceful shutdown: on SIGTERM the server stops taking connections, lets the requests in
//! flight finish (their submissions committed and acknowledged) and exits cleanly.

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_sigterm_requests_in_flight_finish_and_every_receipt_is_kept() {
    let dir = scratch_folder("shutdown");
    let url = sqlite_url(&dir);
    seed_demo(&url);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = start(&url, port).await;
    let http = client();
    let cookie = sign_in(&http, &base, "civil@demo.consult.example").await;

    let receipts = Arc::new(Mutex::new(BTreeSet::new()));
    let mut tasks = Vec::new();
    for n in 0..10 {
        let (http, base, cookie, receipts) =
            (http.clone(), base.clone(), cookie.clone(), receipts.clone());
        tasks.push(tokio::spawn(async move {
            let body = format!("Comment {n} sent as the server is asked to stop: keep it.");
            if let Some(id) = submit(&http, &base, &cookie, &body).await {
                receipts.lock().unwrap().insert(id);
            }
        }));
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while receipts.lock().unwrap().is_empty() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let terminated = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(terminated.success());
    for task in tasks {
        task.await.unwrap();
    }
    // It exits by itself, and cleanly.
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "exit status {status}");
    // No new connection is taken any more.
    assert!(http.get(format!("{base}/healthz")).send().await.is_err());

    // Every acknowledged comment is stored.
    let acknowledged = receipts.lock().unwrap().clone();
    assert!(!acknowledged.is_empty());
    let stored = stored_comments(&url).await;
    let lost: Vec<&i64> = acknowledged.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    let _ = std::fs::remove_dir_all(dir);
}
