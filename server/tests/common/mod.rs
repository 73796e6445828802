//! What the tests that start the real server binary share (the router's tests, in
//! `router/`, use the site from here too).
#![allow(
    clippy::panic,
    reason = "a helper that cannot set the test up fails it"
)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    dead_code,
    reason = "test set-up fails the test when it fails; each test uses its own part"
)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The demo accounts' password in these tests.
pub const PASSWORD: &str = "a test pass phrase of the server";

/// The server binary, its mail written as files outside the working tree.
pub fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command.env(
        "CONSULT_OUTBOX_DIR",
        std::env::temp_dir().join("consult-test-outbox"),
    );
    command
}

/// A SQLite database URL in `dir`.
pub fn sqlite_url(dir: &std::path::Path) -> String {
    format!("sqlite://{}/consult.db?mode=rwc", dir.display())
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub async fn start(url: &str, port: u16) -> Child {
    start_with(url, port, &[]).await
}

/// As [`start`], with more flags for `serve`.
pub async fn start_with(url: &str, port: u16, flags: &[&str]) -> Child {
    let mut child = server()
        .args([
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--database-url",
            url,
        ])
        .args(["--site-root", &site(), "serve"])
        .args(flags)
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

/// A site with empty assets under the names a test build looks for: enough for the server
/// to start and be healthy; no test here loads a page in a browser.
pub fn site() -> String {
    let root = std::env::temp_dir().join(format!("consult-test-site-{}", std::process::id()));
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    for file in ["consult.js", "consult_bg.wasm", "consult.css"] {
        std::fs::write(pkg.join(file), b"").unwrap();
    }
    root.display().to_string()
}

/// Signs in and returns the session cookie.
pub async fn sign_in(http: &reqwest::Client, base: &str, email: &str) -> String {
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

/// Fills the database at `url` with the demo consultation; every demo account gets
/// [`PASSWORD`].
pub fn seed_demo(url: &str) {
    let seeded = server()
        .args(["--database-url", url, "seed-demo", "--password", PASSWORD])
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(seeded.success(), "seed-demo failed");
}

/// Stops a server started by [`start`].
pub fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// Submits a comment on the demo paper WP-ROOT as the holder of `cookie`; the receipt is
/// the id in the redirect to `/my/comments/<id>?received=1` (`None` without a receipt).
pub async fn submit(http: &reqwest::Client, base: &str, cookie: &str, body: &str) -> Option<i64> {
    let res = http
        .post(format!("{base}/api/submit_comment"))
        .header("cookie", cookie)
        .form(&[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("body", body),
            ("consent", "name_and_organisation"),
        ])
        .send()
        .await
        .ok()?;
    res.headers()
        .get("location")?
        .to_str()
        .ok()?
        .strip_prefix("/my/comments/")?
        .split('?')
        .next()?
        .parse()
        .ok()
}

/// A client that does not follow redirects (a receipt is a redirect).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The ids of the comments whose body starts with "Comment " in the database at `url`: the
/// ones the crash and shutdown tests submitted.
pub async fn stored_comments(url: &str) -> std::collections::BTreeSet<i64> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let db = app::backend::db::connect(url).await.unwrap();
    app::backend::entities::comment::Entity::find()
        .filter(app::backend::entities::comment::Column::Body.starts_with("Comment "))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect()
}

/// A fresh, empty folder of this test process for `name`'s files.
pub fn scratch_folder(name: &str) -> std::path::PathBuf {
    app::backend::db::scratch_folder(name).unwrap()
}

/// A fresh folder `name` with a SQLite database seeded with the demo consultation: the
/// folder and the database's URL.
pub fn demo_database(name: &str) -> (std::path::PathBuf, String) {
    let dir = scratch_folder(name);
    let url = sqlite_url(&dir);
    seed_demo(&url);
    (dir, url)
}

/// Starts a server on the database at `url` on a free port: its address and its process.
pub async fn start_on_free_port(url: &str) -> (String, Child) {
    let port = free_port();
    (format!("http://127.0.0.1:{port}"), start(url, port).await)
}

/// A fresh PostgreSQL database on the server `CONSULT_TEST_POSTGRES` names: its URL.
pub async fn fresh_postgres_url() -> String {
    let server = std::env::var(app::backend::db::TEST_POSTGRES_VARIABLE)
        .expect("CONSULT_TEST_POSTGRES: the URL of a PostgreSQL database");
    app::backend::db::fresh_postgres_database(&server)
        .await
        .unwrap()
}

/// The demo's stakeholder accounts, one of each group.
pub const STAKEHOLDERS: [&str; 5] = [
    "government@demo.consult.example",
    "business@demo.consult.example",
    "civil@demo.consult.example",
    "academic@demo.consult.example",
    "igo@demo.consult.example",
];

/// Signs each of `emails` in on the server at `base`: their session cookies, in order.
pub async fn sign_in_all(http: &reqwest::Client, base: &str, emails: &[&str]) -> Vec<String> {
    let mut cookies = Vec::new();
    for email in emails {
        cookies.push(sign_in(http, base, email).await);
    }
    cookies
}

/// The receipts that comments submitted at the same time got, shared by the tasks that
/// submit them.
pub type Receipts = std::sync::Arc<std::sync::Mutex<std::collections::BTreeSet<i64>>>;

/// Submits `body` as the holder of `cookie`; the receipt, if one comes, goes into
/// `receipts`.
pub async fn submit_keeping_receipt(
    http: &reqwest::Client,
    base: &str,
    cookie: &str,
    body: &str,
    receipts: &Receipts,
) {
    if let Some(id) = submit(http, base, cookie, body).await {
        receipts.lock().unwrap().insert(id);
    }
}

/// As [`submit_keeping_receipt`], in a task of its own.
pub fn submit_in_task(
    http: &reqwest::Client,
    base: &str,
    cookie: &str,
    body: String,
    receipts: &Receipts,
) -> tokio::task::JoinHandle<()> {
    let (http, base, cookie, receipts) = (
        http.clone(),
        base.to_owned(),
        cookie.to_owned(),
        receipts.clone(),
    );
    tokio::spawn(async move {
        submit_keeping_receipt(&http, &base, &cookie, &body, &receipts).await;
    })
}

/// The acknowledged comments that are not stored in the database at `url`.
pub async fn lost_receipts(url: &str, acknowledged: &std::collections::BTreeSet<i64>) -> Vec<i64> {
    let stored = stored_comments(url).await;
    acknowledged.difference(&stored).copied().collect()
}
