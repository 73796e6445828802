//! Two server processes on different ports share one PostgreSQL database: a session made on
//! one is valid on the other, and a comment submitted on one is seen on the other.
//!
//! Needs a PostgreSQL server: `scripts/test.sh` starts a throwaway cluster and runs this
//! test with `CONSULT_TEST_POSTGRES` set (`cargo test -p server --test two_processes --
//! --ignored`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use common::{client, free_port, fresh_postgres_url, seed_demo, sign_in, start, stop, submit};

/// What `/my/data.json` says of the holder of `cookie` on the server at `base`.
async fn my_data(http: &reqwest::Client, base: &str, cookie: &str) -> serde_json::Value {
    let res = http
        .get(format!("{base}/my/data.json"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "the session is valid on {base}");
    serde_json::from_str(&res.text().await.unwrap()).unwrap()
}

fn bodies(data: &serde_json::Value) -> Vec<String> {
    data["comments"]
        .as_array()
        .expect("a list of comments")
        .iter()
        .filter_map(|c| c["body"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a PostgreSQL server in CONSULT_TEST_POSTGRES (scripts/test.sh starts one)"]
async fn two_servers_share_sessions_and_comments_through_postgresql() {
    let url = fresh_postgres_url().await;
    seed_demo(&url);
    let (port_a, port_b) = (free_port(), free_port());
    let (a, b) = (
        format!("http://127.0.0.1:{port_a}"),
        format!("http://127.0.0.1:{port_b}"),
    );
    let server_a = start(&url, port_a).await;
    let server_b = start(&url, port_b).await;
    let http = client();

    // Signed in on A, recognised on B.
    let cookie = sign_in(&http, &a, "civil@demo.consult.example").await;
    let before = bodies(&my_data(&http, &b, &cookie).await).len();

    // Submitted on A, seen on B; submitted on B, seen on A.
    let on_a = "Submitted through server A: the root zone needs shared oversight.";
    let on_b = "Submitted through server B: multilingual domain names come first.";
    let id_a = submit(&http, &a, &cookie, on_a)
        .await
        .expect("a receipt from A");
    let seen_on_b = bodies(&my_data(&http, &b, &cookie).await);
    assert!(seen_on_b.iter().any(|body| body == on_a), "{seen_on_b:?}");
    let id_b = submit(&http, &b, &cookie, on_b)
        .await
        .expect("a receipt from B");
    assert!(id_b > id_a, "one sequence of ids across both servers");
    let seen_on_a = bodies(&my_data(&http, &a, &cookie).await);
    assert!(seen_on_a.iter().any(|body| body == on_b), "{seen_on_a:?}");
    assert_eq!(seen_on_a.len(), before + 2);

    // Signed out on B, the session ends on A too.
    let res = http
        .post(format!("{b}/api/sign_out"))
        .header("cookie", &cookie)
        .header("origin", &b)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection() || res.status().is_success());
    let res = http
        .get(format!("{a}/my/data.json"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        401,
        "signed out on B, the session is gone on A"
    );

    stop(server_a);
    stop(server_b);
}
