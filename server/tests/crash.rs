//! Crash safety: stakeholders submit comments while the server is killed with SIGKILL; after
//! a restart, every comment whose receipt was sent is in the database (SQLite, WAL,
//! `synchronous=FULL`: a receipt is sent only after the commit is on disk).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PASSWORD: &str = "a crash test pass phrase";
const STAKEHOLDERS: [&str; 5] = [
    "government@demo.consult.example",
    "business@demo.consult.example",
    "civil@demo.consult.example",
    "academic@demo.consult.example",
    "igo@demo.consult.example",
];

fn server() -> Command {
    Command::new(env!("CARGO_BIN_EXE_server"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start(url: &str, port: u16) -> Child {
    let mut child = server()
        .args([
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--database-url",
            url,
        ])
        .args(["--site-root", "target/site", "serve"])
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let http = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(r) = http
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
            && r.status().is_success()
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not start");
}

/// Signs in and returns the session cookie.
async fn sign_in(http: &reqwest::Client, base: &str, email: &str) -> String {
    let res = http
        .post(format!("{base}/api/sign_in"))
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("consult_session="))
        .expect("a session cookie");
    cookie.split(';').next().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_comment_is_lost_when_the_server_is_killed() {
    let dir: PathBuf = std::env::temp_dir().join(format!("consult-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/consult.db?mode=rwc", dir.display());
    let seeded = server()
        .args(["--database-url", &url, "seed-demo", "--password", PASSWORD])
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(seeded.success());

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = start(&url, port).await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
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
                let res = http
                    .post(format!("{base}/api/submit_comment"))
                    .header("cookie", cookie)
                    .form(&[
                        ("slug", "wgig-2005-february"),
                        ("code", "WP-ROOT"),
                        ("body", body.as_str()),
                        ("consent", "name_and_organisation"),
                    ])
                    .send()
                    .await;
                // The receipt: a redirect to /my/comments/<id>?received=1.
                if let Ok(res) = res
                    && let Some(id) = res
                        .headers()
                        .get("location")
                        .and_then(|l| l.to_str().ok())
                        .and_then(|l| l.strip_prefix("/my/comments/"))
                        .and_then(|l| l.split('?').next())
                        .and_then(|id| id.parse::<i64>().ok())
                {
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
    let db = app::backend::db::connect(&url).await.unwrap();
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let stored: BTreeSet<i64> = app::backend::entities::comment::Entity::find()
        .filter(app::backend::entities::comment::Column::Body.starts_with("Comment "))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    let lost: Vec<&i64> = acknowledged.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    child.kill().unwrap();
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(dir);
}
