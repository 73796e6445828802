//! Many clients at once: signed-in stakeholders submitting, visitors reading.

use crate::fill::comment_text;
use crate::server::Server;
use app::backend::{campaigns, db, demo};
use std::time::{Duration, Instant};

/// What one scenario measured.
pub(crate) struct Figures {
    latencies: Vec<Duration>,
    failed: usize,
    first_failure: Option<String>,
    elapsed: Duration,
}

impl Figures {
    pub(crate) fn print(mut self, what: &str, unit: &str) {
        self.latencies.sort_unstable();
        let at = |q: f64| {
            let i = ((self.latencies.len() as f64 * q).ceil() as usize).saturating_sub(1);
            self.latencies
                .get(i)
                .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
        };
        println!(
            "{what}: {} {unit} in {:.1} s = {:.0} {unit}/s; latency p50 {:.1} ms, p99 {:.1} ms, \
             max {:.1} ms; {} failed{}",
            self.latencies.len(),
            self.elapsed.as_secs_f64(),
            self.latencies.len() as f64 / self.elapsed.as_secs_f64(),
            at(0.5),
            at(0.99),
            at(1.0),
            self.failed,
            self.first_failure
                .map(|f| format!(" (the first: {f})"))
                .unwrap_or_default(),
        );
    }
}

/// Runs `clients` loops, each sending one request after the other for `duration` after a
/// one-second warm-up that is not counted.
pub(crate) async fn load<F, Fut>(clients: usize, duration: Duration, request: F) -> Figures
where
    F: Fn(usize, u64) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<(), String>> + Send,
{
    let request = std::sync::Arc::new(request);
    let started = Instant::now();
    let counted_from = started + Duration::from_secs(1);
    let stop_at = counted_from + duration;
    let tasks: Vec<_> = (0..clients)
        .map(|client| {
            let request = request.clone();
            tokio::spawn(async move {
                let (mut latencies, mut failed, mut first_failure) = (Vec::new(), 0, None);
                let mut n = 0;
                loop {
                    let sent = Instant::now();
                    if sent >= stop_at {
                        break;
                    }
                    let outcome = request(client, n).await;
                    n += 1;
                    if sent < counted_from {
                        continue;
                    }
                    match outcome {
                        Ok(()) => latencies.push(sent.elapsed()),
                        Err(e) => {
                            failed += 1;
                            first_failure.get_or_insert(e);
                        }
                    }
                }
                (latencies, failed, first_failure)
            })
        })
        .collect();
    let mut figures = Figures {
        latencies: Vec::new(),
        failed: 0,
        first_failure: None,
        elapsed: Duration::ZERO,
    };
    for task in tasks {
        if let Ok((latencies, failed, first_failure)) = task.await {
            figures.latencies.extend(latencies);
            figures.failed += failed;
            if figures.first_failure.is_none() {
                figures.first_failure = first_failure;
            }
        }
    }
    figures.elapsed = Instant::now().min(stop_at + Duration::from_secs(60)) - counted_from;
    figures
}

/// One comment on WP-ROOT 2.1 from the account of `cookie`, sent to `url` (the
/// `submit_comment` function); `Ok` once its receipt (the redirect to it) comes back.
pub(crate) async fn submit_comment(
    http: &reqwest::Client,
    url: &str,
    cookie: &str,
    body: &str,
) -> Result<(), String> {
    let res = http
        .post(url)
        .header("cookie", cookie)
        .form(&[
            ("slug", demo::CONSULTATION_SLUG),
            ("code", "WP-ROOT"),
            ("paragraph", "2.1"),
            ("body", body),
            ("consent", "name_and_organisation"),
        ])
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let receipt = res
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .is_some_and(|l| l.starts_with("/my/comments/"));
    if receipt {
        Ok(())
    } else {
        Err(format!("answered {} without a receipt", res.status()))
    }
}

/// Every client submits a comment, waits for the receipt (the redirect to it), and submits
/// the next.
pub(crate) async fn submit(
    server: &Server,
    cookies: &[String],
    duration: Duration,
) -> Result<(), String> {
    let (http, url) = (server.http.clone(), server.url("/api/submit_comment"));
    let cookies = cookies.to_vec();
    let clients = cookies.len();
    let figures = load(clients, duration, move |client, n| {
        let (http, url, cookie) = (http.clone(), url.clone(), cookies[client].clone());
        async move {
            let body = comment_text(client as u64 * 1_000_003 + n);
            submit_comment(&http, &url, &cookie, &body).await
        }
    })
    .await;
    figures.print(&format!("submit ({clients} signed-in clients)"), "comments");
    Ok(())
}

/// The campaign placement the submissions left behind (it gives way to them): how many
/// comments were still unplaced when they stopped, and how long the server took to place
/// them.
pub(crate) async fn placement_catch_up(url: &str) -> Result<(), String> {
    let db = db::connect(url).await.map_err(|e| e.to_string())?;
    let backlog = || async {
        campaigns::unplaced_count(&db)
            .await
            .map_err(|e| e.to_string())
    };
    let started = Instant::now();
    let behind = backlog().await?;
    let mut left = behind;
    while left > 0 && started.elapsed() < Duration::from_secs(600) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        left = backlog().await?;
    }
    println!(
        "campaign placement: {behind} comments behind when the submissions stopped, \
         {left} after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    db.close().await.map_err(|e| e.to_string())
}

/// Readers load the paper page with paragraph 2.1 open (its first 20 comments shown):
/// visitors when `cookies` is empty, else signed-in stakeholders, each client with its own
/// session. A signed-in reader's page must name them: a page meant for someone else fails.
pub(crate) async fn read(
    server: &Server,
    clients: usize,
    cookies: &[String],
    duration: Duration,
) -> Result<(), String> {
    let http = server.http.clone();
    let url = server.url(&format!(
        "/consultations/{}/papers/WP-ROOT?p=2.1",
        demo::CONSULTATION_SLUG
    ));
    let readers: Vec<Option<(String, String)>> = if cookies.is_empty() {
        vec![None]
    } else {
        cookies
            .iter()
            .enumerate()
            .map(|(n, c)| Some((c.clone(), format!("Bench participant {n}<"))))
            .collect()
    };
    let figures = load(clients, duration, move |client, _| {
        let (http, url) = (http.clone(), url.clone());
        let reader = readers[client % readers.len()].clone();
        async move {
            let mut request = http.get(&url).header("accept-encoding", "identity");
            if let Some((cookie, _)) = &reader {
                request = request.header("cookie", cookie);
            }
            let res = request.send().await.map_err(|e| e.to_string())?;
            let status = res.status();
            let page = res.text().await.map_err(|e| e.to_string())?;
            let theirs = reader
                .as_ref()
                .is_none_or(|(_, name)| page.contains(name.as_str()));
            if status.is_success() && page.contains("</html>") && theirs {
                Ok(())
            } else if !theirs {
                Err("a page that does not name its reader".to_owned())
            } else {
                Err(format!("answered {status}"))
            }
        }
    })
    .await;
    let who = if cookies.is_empty() {
        "visitors"
    } else {
        "signed-in stakeholders"
    };
    figures.print(&format!("read the paper page ({clients} {who})"), "pages");
    Ok(())
}
