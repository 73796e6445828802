//! A flood of idle and slow-header connections on loopback does not keep a normal request
//! out: the server keeps at most `--max-connections` open, closing the oldest idle one to
//! make room, and closes a connection that has not sent a request's head within
//! `--header-timeout-secs`, also between two requests (an idle keep-alive connection).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use common::{free_port, start_with, stop};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};

const LIMIT: usize = 64;
const FLOOD: usize = 400;
/// The header timeout the server is given: long enough that the limit, not the timeout, is
/// seen closing the flood's oldest connections, even on a loaded machine.
const HEADER_TIMEOUT: Duration = Duration::from_secs(4);

/// Whether the server closes `stream` within `wait` (what it sends first is read and
/// dropped).
async fn closed_within(stream: &mut TcpStream, wait: Duration) -> bool {
    let deadline = Instant::now() + wait;
    let mut buf = [0_u8; 1024];
    loop {
        match timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => {}
            Err(_) => return false,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_normal_request_is_answered_during_a_flood_and_idle_connections_are_closed() {
    let dir = common::scratch_folder("connections");
    let url = common::sqlite_url(&dir);
    let port = free_port();
    let limit = LIMIT.to_string();
    let child = start_with(
        &url,
        port,
        &[
            "--max-connections",
            &limit,
            "--header-timeout-secs",
            &HEADER_TIMEOUT.as_secs().to_string(),
        ],
    )
    .await;
    let addr = format!("127.0.0.1:{port}");

    // The flood: idle connections and, every other one, half a request head. Once half of
    // it is open, a normal request.
    let (half, halfway) = tokio::sync::oneshot::channel();
    let flood = tokio::spawn({
        let addr = addr.clone();
        async move {
            let mut half = Some(half);
            let mut streams = Vec::new();
            for n in 0..FLOOD {
                let mut stream = TcpStream::connect(&addr).await.unwrap();
                if n % 2 == 1 {
                    let _ = stream
                        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                        .await;
                }
                streams.push(stream);
                if n == FLOOD / 2
                    && let Some(half) = half.take()
                {
                    let _ = half.send(());
                }
            }
            streams
        }
    });
    halfway.await.unwrap();
    let asked = std::time::Instant::now();
    let res = tokio::time::timeout(
        Duration::from_secs(3),
        reqwest::get(format!("http://{addr}/healthz")),
    )
    .await
    .expect("answered within 3 s during the flood")
    .unwrap();
    assert_eq!(res.status(), 200);
    let mut streams = flood.await.unwrap();
    eprintln!("answered in {:?} during the flood", asked.elapsed());

    // No more than the limit are open, once the server has taken what the kernel queued
    // for it (on a loaded machine that takes a moment; well before the header timeout).
    let mut open = usize::MAX;
    let counting_since = std::time::Instant::now();
    while open > LIMIT && counting_since.elapsed() < HEADER_TIMEOUT / 2 {
        open = 0;
        for stream in &mut streams {
            if !closed_within(stream, Duration::from_millis(2)).await {
                open += 1;
            }
        }
    }
    assert!(open <= LIMIT, "{open} of the flood still open");

    // Within the header timeout and some slack, every one is closed.
    for stream in &mut streams {
        assert!(closed_within(stream, HEADER_TIMEOUT + Duration::from_secs(2)).await);
    }

    // A keep-alive connection that sends nothing after its answer is closed too.
    let mut stream = TcpStream::connect(&addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let mut answer = [0_u8; 1024];
    let n = stream.read(&mut answer).await.unwrap();
    assert!(
        answer[..n].starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer[..n])
    );
    let idle = std::time::Instant::now();
    assert!(closed_within(&mut stream, HEADER_TIMEOUT + Duration::from_secs(2)).await);
    assert!(
        idle.elapsed() >= HEADER_TIMEOUT - Duration::from_millis(100),
        "not before the header timeout"
    );

    stop(child);
    let _ = std::fs::remove_dir_all(dir);
}
