//! Contributions with documents: what a large upload costs the server's memory, and many
//! at once while stakeholders submit comments.

use crate::fill::comment_text;
use crate::load::{load, submit_comment};
use crate::server::Server;
use app::backend::demo;
use std::time::{Duration, Instant};

/// A plain-text document of about `bytes` bytes, different for every `seed`.
fn document(bytes: usize, seed: u64) -> Vec<u8> {
    let mut text = String::with_capacity(bytes + 200);
    let mut n = seed * 1_000_003;
    while text.len() < bytes {
        text.push_str(&comment_text(n));
        text.push('\n');
        n += 1;
    }
    text.into_bytes()
}

/// Sends one contribution with one file; the receipt (a redirect to its page) or why not.
async fn contribute(
    server: &Server,
    cookie: &str,
    title: String,
    file: Vec<u8>,
) -> Result<(), String> {
    let part = reqwest::multipart::Part::bytes(file).file_name("position.txt");
    let form = reqwest::multipart::Form::new()
        .text("title", title)
        .text("summary", "A position paper sent by the bench.")
        .text("consent", "anonymous")
        .part("files", part);
    let res = server
        .http
        .post(server.url(&format!(
            "/consultations/{}/contributions",
            demo::CONSULTATION_SLUG
        )))
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let location = res
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default();
    if location.ends_with("?sent=1") {
        Ok(())
    } else {
        Err(format!(
            "answered {} to {location:?}, not a receipt",
            res.status()
        ))
    }
}

/// One 20 MB contribution: the server's peak memory before and after. Then `concurrent`
/// contributions of 5 MB at once while the other signed-in clients submit comments: how
/// long they took, and the comments' latency meanwhile.
pub(crate) async fn uploads(
    server: &Server,
    cookies: &[String],
    concurrent: usize,
) -> Result<(), String> {
    let (uploader, commenters) = cookies
        .split_first()
        .ok_or("the upload scenario needs at least one signed-in client")?;
    // A small one first, so that what the first upload of a process sets up is not counted.
    contribute(server, uploader, "Warm-up".into(), document(10_000, 0)).await?;
    // The first large upload also fills the page cache of the connection that stores it
    // (SQLite: up to 32 MiB a reading connection, bounded and kept); the second shows what
    // an upload itself costs.
    for round in ["first", "second"] {
        let (_, peak_before) = server.memory();
        let started = Instant::now();
        let file = document(20_000_000, 1 + u64::from(round == "second"));
        contribute(server, uploader, format!("Twenty megabytes, {round}"), file).await?;
        let took = started.elapsed();
        let (_, peak_after) = server.memory();
        println!(
            "{round} upload of 20 MB: {:.1} s; server peak memory {peak_before:.1} MiB before, \
             {peak_after:.1} MiB after (+{:.1} MiB)",
            took.as_secs_f64(),
            peak_after - peak_before
        );
    }

    let files: Vec<Vec<u8>> = (0..concurrent)
        .map(|n| document(5_000_000, 100 + n as u64))
        .collect();
    let started = Instant::now();
    let sending = files
        .into_iter()
        .enumerate()
        .map(|(n, file)| contribute(server, uploader, format!("Concurrent {n}"), file));
    let comments = {
        let (http, url) = (server.http.clone(), server.url("/api/submit_comment"));
        let commenters = commenters.to_vec();
        let clients = commenters.len();
        tokio::spawn(load(clients, Duration::from_secs(10), move |client, n| {
            let (http, url) = (http.clone(), url.clone());
            let cookie = commenters.get(client).cloned().unwrap_or_default();
            async move {
                let body = comment_text(client as u64 * 7_000_003 + n);
                submit_comment(&http, &url, &cookie, &body).await
            }
        }))
    };
    let outcomes = futures::future::join_all(sending).await;
    let took = started.elapsed();
    let failed = outcomes.iter().filter(|o| o.is_err()).count();
    let (_, peak) = server.memory();
    println!(
        "{concurrent} uploads of 5 MB at once: all answered in {:.1} s, {failed} failed{}; \
         server peak memory {peak:.1} MiB",
        took.as_secs_f64(),
        outcomes
            .into_iter()
            .find_map(Result::err)
            .map(|e| format!(" (the first: {e})"))
            .unwrap_or_default()
    );
    if let Ok(figures) = comments.await {
        figures.print(
            &format!(
                "comments meanwhile ({} signed-in clients)",
                commenters.len()
            ),
            "comments",
        );
    }
    Ok(())
}
