//! A full disk: stakeholders submit while the database's disk fills up. No receipt is sent
//! for a comment that is not stored, `/healthz` says the server cannot write, and once
//! space is freed the server writes again by itself, without a restart.
//!
//! The disk is a small tmpfs mounted for the test, so it needs root (as the test command
//! and CI run); elsewhere it fails saying so rather than pass without testing anything.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use common::{
    Receipts, STAKEHOLDERS, client, free_port, lost_receipts, seed_demo, sign_in_all, sqlite_url,
    start_with, submit_keeping_receipt,
};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmpfs of `megabytes` at `dir`, unmounted when dropped.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(dir: &Path, megabytes: u32) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(dir)
            .status()
            .unwrap();
        assert!(
            mounted.success(),
            "this test mounts a small tmpfs and needs root (scripts/test.sh runs as root)"
        );
        Self(dir.to_owned())
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The server, killed if the test fails before it stops it.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Fills the disk holding `dir` with one file, to the last byte.
fn fill(dir: &Path) -> PathBuf {
    let filler = dir.join("filler");
    let mut file = std::fs::File::create(&filler).unwrap();
    let block = vec![0u8; 64 * 1024];
    while file.write_all(&block).is_ok() {}
    let small = [0u8; 512];
    while file.write_all(&small).is_ok() {}
    while file.write_all(&[0u8]).is_ok() {}
    let _ = file.sync_all();
    filler
}

async fn health(http: &reqwest::Client, base: &str) -> u16 {
    http.get(format!("{base}/healthz"))
        .send()
        .await
        .map_or(0, |r| r.status().as_u16())
}

/// The signed-in stakeholders of the server at `base`, and the receipts they have got.
struct Stakeholders {
    http: reqwest::Client,
    base: String,
    cookies: Vec<String>,
    receipts: Receipts,
}

impl Stakeholders {
    /// Every stakeholder submits for `how_long`: how many receipts they got in this `round`.
    async fn submit_for(&self, how_long: Duration, round: &str) -> usize {
        let before = self.receipts.lock().unwrap().len();
        let until = Instant::now() + how_long;
        let mut tasks = Vec::new();
        for (who, cookie) in self.cookies.iter().enumerate() {
            let (http, base, cookie, receipts, round) = (
                self.http.clone(),
                self.base.clone(),
                cookie.clone(),
                self.receipts.clone(),
                round.to_owned(),
            );
            tasks.push(tokio::spawn(async move {
                let mut n = 0;
                while Instant::now() < until {
                    n += 1;
                    let body = format!(
                        "Comment {n} of stakeholder {who} ({round}): the disk may be full, the record must not lie."
                    );
                    submit_keeping_receipt(&http, &base, &cookie, &body, &receipts).await;
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        self.receipts.lock().unwrap().len() - before
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_sends_no_receipt_for_a_lost_comment_and_the_server_recovers() {
    let dir = std::env::temp_dir().join(format!("consult-full-{}", std::process::id()));
    let disk = SmallDisk::mount(&dir, 24);
    let url = sqlite_url(&dir);
    seed_demo(&url);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let limits = [
        "--comments-per-account-minute",
        "100000",
        "--comments-per-address-minute",
        "100000",
    ];
    let mut child = Running(start_with(&url, port, &limits).await);
    let http = client();
    // Four of the demo's stakeholders: all but the intergovernmental one.
    let stakeholders = Stakeholders {
        cookies: sign_in_all(&http, &base, &STAKEHOLDERS[..4]).await,
        http: http.clone(),
        base: base.clone(),
        receipts: Receipts::default(),
    };
    let before = stakeholders
        .submit_for(Duration::from_secs(1), "before")
        .await;
    assert!(before > 0, "no receipt before the disk filled");

    // The disk fills up while they go on submitting.
    let filler = fill(&dir);
    let while_full = stakeholders
        .submit_for(Duration::from_secs(3), "full")
        .await;
    let full_health = health(&http, &base).await;
    eprintln!("before: {before} receipts; while full: {while_full}, health {full_health}");
    assert_eq!(
        full_health, 503,
        "health must say the database cannot write"
    );

    // Space comes back: the server writes again by itself.
    std::fs::remove_file(&filler).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut after = 0;
    while after < 20 && Instant::now() < deadline {
        after += stakeholders
            .submit_for(Duration::from_secs(1), "after")
            .await;
    }
    let recovered_health = health(&http, &base).await;

    // A clean stop, then every receipt is a stored comment.
    let _ = Command::new("kill")
        .args(["-TERM", &child.0.id().to_string()])
        .status();
    child.0.wait().unwrap();
    let acknowledged = stakeholders.receipts.lock().unwrap().clone();
    let lost = lost_receipts(&url, &acknowledged).await;
    assert!(
        lost.is_empty(),
        "{} receipts ({before} before, {while_full} while full, {after} after), {} lost: {lost:?}",
        acknowledged.len(),
        lost.len()
    );
    assert!(
        after >= 20,
        "the server did not write again once space was back ({after} receipts)"
    );
    assert_eq!(recovered_health, 200, "health once space was back");
    drop(disk);
}
