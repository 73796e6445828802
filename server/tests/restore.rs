//! `server restore` refuses while a server uses the database, and changes nothing then; with
//! the server stopped it restores. On SQLite servers share a lock on `<database>.lock`, on
//! PostgreSQL an advisory lock, that a restore must take alone.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use common::{
    client, fresh_postgres_url, seed_demo, server, sign_in, start_on_free_port, stop, submit,
};
use std::path::Path;

/// Runs `server <command> <flag> <file>` on `url`: whether it succeeded, and what it wrote
/// to standard error.
fn run(url: &str, command: &str, flag: &str, file: &Path) -> (bool, String) {
    let output = server()
        .args(["--database-url", url, command, flag])
        .arg(file)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

async fn comment_count(url: &str) -> i64 {
    let db = app::backend::db::connect(url).await.unwrap();
    let n = app::backend::backup::comment_count(&db).await.unwrap();
    db.close().await.unwrap();
    n
}

/// Backs `url` up, starts a server on it and adds a comment through it; `restore` is then
/// refused and the comment stays; with the server stopped the restore succeeds.
async fn refused_while_served_then_restored(url: &str, backup: &Path) {
    seed_demo(url);
    let (ok, errors) = run(url, "backup", "--to", backup);
    assert!(ok, "{errors}");
    let backed_up = comment_count(url).await;

    let (base, child) = start_on_free_port(url).await;
    let http = client();
    let cookie = sign_in(&http, &base, "civil@demo.consult.example").await;
    submit(
        &http,
        &base,
        &cookie,
        "Comment acknowledged after the backup: keep it.",
    )
    .await
    .expect("a receipt");

    let (ok, errors) = run(url, "restore", "--from", backup);
    assert!(!ok, "a restore under a running server must fail");
    assert!(
        errors.contains("a Consult server is using this database: stop it first"),
        "{errors}"
    );
    let res = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200, "the server goes on");
    stop(child);
    assert_eq!(
        comment_count(url).await,
        backed_up + 1,
        "the acknowledged comment is still there"
    );

    let (ok, errors) = run(url, "restore", "--from", backup);
    assert!(ok, "{errors}");
    assert_eq!(comment_count(url).await, backed_up);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restore_is_refused_while_a_server_uses_the_sqlite_database() {
    let dir = common::scratch_folder("restore");
    let url = common::sqlite_url(&dir);
    refused_while_served_then_restored(&url, &dir.join("backup.db")).await;
    let kept = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".before-restore-"))
        .count();
    assert_eq!(kept, 1, "only the successful restore kept a copy");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a PostgreSQL server in CONSULT_TEST_POSTGRES (scripts/test.sh starts one)"]
async fn restore_is_refused_while_a_server_uses_the_postgresql_database() {
    let url = fresh_postgres_url().await;
    let dir = common::scratch_folder("restore-pg");
    refused_while_served_then_restored(&url, &dir.join("backup.dump")).await;
    let _ = std::fs::remove_dir_all(dir);
}
