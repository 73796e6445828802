//! Graceful shutdown: on SIGTERM the server stops taking connections, lets the requests in
//! flight finish (their submissions committed and acknowledged) and exits cleanly.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use common::{
    Receipts, client, demo_database, lost_receipts, sign_in, start_on_free_port, submit_in_task,
};
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_sigterm_requests_in_flight_finish_and_every_receipt_is_kept() {
    let (dir, url) = demo_database("shutdown");
    let (base, mut child) = start_on_free_port(&url).await;
    let http = client();
    let cookie = sign_in(&http, &base, "civil@demo.consult.example").await;

    let receipts = Receipts::default();
    let mut tasks = Vec::new();
    for n in 0..10 {
        let body = format!("Comment {n} sent as the server is asked to stop: keep it.");
        tasks.push(submit_in_task(&http, &base, &cookie, body, &receipts));
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
    let lost = lost_receipts(&url, &acknowledged).await;
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    let _ = std::fs::remove_dir_all(dir);
}
