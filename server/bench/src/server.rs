//! The server under measure: a child process on a free port of 127.0.0.1.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

/// The server binary serving the database on a free port of 127.0.0.1.
pub(crate) struct Server {
    child: Child,
    base: String,
    pub(crate) http: reqwest::Client,
}

impl Server {
    pub(crate) async fn start(exe: &Path, url: &str, site_root: &str) -> Result<Self, String> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new(exe)
            .args(["--addr", &format!("127.0.0.1:{port}")])
            .args(["--database-url", url, "--site-root", site_root])
            // The submit scenario sends far more than people do from one address.
            .args(["--comments-per-account-minute", "100000000"])
            .args(["--comments-per-address-minute", "100000000", "serve"])
            // Receipts are written as files, as in the demo, outside the working tree.
            .env(
                "CONSULT_OUTBOX_DIR",
                std::env::temp_dir().join(format!("consult-bench-outbox-{port}")),
            )
            // CONSULT_BENCH_SERVER_LOG=app::backend::writer=debug shows each group commit.
            .env(
                "RUST_LOG",
                std::env::var("CONSULT_BENCH_SERVER_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdout(if std::env::var_os("CONSULT_BENCH_SERVER_LOG").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(256)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| e.to_string())?,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(r) = server.http.get(server.url("/healthz")).send().await
                && r.status().is_success()
            {
                return Ok(server);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err("the server did not answer /healthz within 60 s".into())
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The server's resident memory now and at its peak, in MiB (Linux `/proc`).
    pub(crate) fn memory(&self) -> (f64, f64) {
        let status = self
            .child
            .id()
            .and_then(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
                .map_or(f64::NAN, |kb| kb / 1024.0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }

    pub(crate) async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

/// A process's peak resident memory in kB (Linux `/proc`).
pub(crate) fn peak_kb(pid: u32) -> Option<f64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
