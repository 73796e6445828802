//! `server bench`: fills a scratch database with the demo consultation and synthetic
//! published comments, starts this same binary as a real server on 127.0.0.1, drives it over
//! HTTP, and prints the figures. It is a measuring tool, not a test: nothing here passes or
//! fails on a time. The README's "Performance" section holds the figures it printed.

use app::backend::{db, demo, digest};
use clap::{Args, ValueEnum};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

/// What `server bench` measures.
#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Synthetic published comments to store before measuring.
    #[arg(long, default_value_t = 100_000)]
    pub comments: u64,
    /// What to measure (several may be given).
    #[arg(long = "scenario", value_enum, default_values_t = [Scenario::Digest])]
    pub scenarios: Vec<Scenario>,
    /// Database to fill and serve; a scratch SQLite file (removed afterwards) if absent.
    /// An existing database that already holds the demo and the comments is reused.
    #[arg(long = "bench-database-url")]
    pub database_url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Scenario {
    /// The whole consultation's CSV digest: time to the last byte, the server's peak memory.
    Digest,
}

/// The demo accounts' password in the scratch database.
const PASSWORD: &str = "bench pass phrase for the demo";

pub async fn run(args: BenchArgs, site_root: &str) -> Result<(), String> {
    let scratch = args
        .database_url
        .is_none()
        .then(|| std::env::temp_dir().join(format!("consult-bench-{}", std::process::id())));
    let url = match (&args.database_url, &scratch) {
        (Some(url), _) => url.clone(),
        (None, Some(dir)) => format!("sqlite://{}/bench.db?mode=rwc", dir.display()),
        (None, None) => unreachable!("one of the two is set"),
    };
    let outcome = measure(&args, &url, site_root).await;
    if let Some(dir) = scratch {
        let _ = std::fs::remove_dir_all(dir);
    }
    outcome
}

async fn measure(args: &BenchArgs, url: &str, site_root: &str) -> Result<(), String> {
    let db = db::connect_and_migrate(url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    println!(
        "engine: {:?}; cores: {}",
        db.get_database_backend(),
        cores()
    );
    fill(&db, args.comments).await?;
    db.close().await.map_err(|e| e.to_string())?;

    let server = Server::start(url, site_root).await?;
    for scenario in &args.scenarios {
        match scenario {
            Scenario::Digest => {
                digest_csv(&server, false).await?;
                digest_csv(&server, true).await?;
            }
        }
    }
    server.stop().await;
    Ok(())
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Seeds the demo and tops the comments up to `target`, in one INSERT … SELECT per engine.
async fn fill(db: &DatabaseConnection, target: u64) -> Result<(), String> {
    let err = |e: sea_orm::DbErr| e.to_string();
    demo::seed(db, PASSWORD)
        .await
        .map_err(|e| format!("{e}: {e:?}"))?;
    let have = u64::try_from(count_comments(db).await?).unwrap_or_default();
    if have < target {
        let started = Instant::now();
        let missing = target - have;
        let backend = db.get_database_backend();
        let at = match backend {
            DatabaseBackend::Postgres => "now() - (n.i % 100000) * interval '1 second'",
            _ => "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (n.i % 100000) || ' seconds')",
        };
        // Every paragraph of the current versions, numbered from 0.
        let targets = "SELECT ROW_NUMBER() OVER (ORDER BY p.id) - 1 AS k, w.id AS paper_id, \
             p.version_id, p.id AS paragraph_id \
             FROM paragraphs p JOIN paper_versions v ON v.id = p.version_id \
             JOIN working_papers w ON w.id = v.paper_id AND w.current_version = v.version \
             WHERE p.kind <> 'heading'";
        let sql = format!(
            "INSERT INTO comments (paper_id, version_id, paragraph_id, author_id, body, consent, \
               author_name, author_group, author_country, author_region, author_organisation, \
               author_capacity, status, late, submitted_at, updated_at, published_at) \
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {missing}), \
               t AS ({targets}), \
               a AS (SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, display_name, \
                       stakeholder_group, country, organisation FROM users WHERE role = 'stakeholder') \
             SELECT t.paper_id, t.version_id, t.paragraph_id, a.id, \
               'Synthetic comment ' || n.i || ': the Working Group should describe how the \
                 oversight of critical Internet resources can be shared among all stakeholders \
                 on an equal footing, with transparency, accountability and a clear role for \
                 developing countries.', \
               CASE n.i % 3 WHEN 0 THEN 'name_and_organisation' WHEN 1 THEN 'organisation_only' \
                 ELSE 'anonymous' END, \
               a.display_name, a.stakeholder_group, a.country, \
               CASE a.country WHEN 'AR' THEN 'americas' WHEN 'US' THEN 'americas' \
                 WHEN 'SN' THEN 'africa' WHEN 'IN' THEN 'asia' ELSE 'europe' END, \
               a.organisation, 'organisation', 'published', false, {at}, {at}, {at} \
             FROM n JOIN t ON t.k = n.i % (SELECT COUNT(*) FROM t) \
               JOIN a ON a.k = n.i % (SELECT COUNT(*) FROM a)"
        );
        db.execute_unprepared(&sql).await.map_err(err)?;
        // A public tag on every third new comment.
        db.execute_unprepared(&format!(
            "INSERT INTO comment_tags (comment_id, tag_id) \
             SELECT c.id, (SELECT MIN(id) FROM tags) + c.id % 18 FROM comments c \
             WHERE c.id % 3 = 0 AND c.id > (SELECT MAX(id) FROM comments) - {missing}"
        ))
        .await
        .map_err(err)?;
        if backend == DatabaseBackend::Sqlite {
            db.execute_unprepared("ANALYZE").await.map_err(err)?;
        }
        println!(
            "filled: {missing} comments in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    println!("stored: {} comments", count_comments(db).await?);
    digest::set_public(db, demo::CONSULTATION_SLUG, 1, true)
        .await
        .map_err(|e| format!("{e}: {e:?}"))?;
    Ok(())
}

async fn count_comments(db: &DatabaseConnection) -> Result<i64, String> {
    db.query_one_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        "SELECT COUNT(*) AS n FROM comments",
    ))
    .await
    .map_err(|e| e.to_string())?
    .and_then(|row| row.try_get::<i64>("", "n").ok())
    .ok_or_else(|| "cannot count the comments".to_owned())
}

/// This binary serving the database on a free port of 127.0.0.1.
struct Server {
    child: Child,
    base: String,
    http: reqwest::Client,
}

impl Server {
    async fn start(url: &str, site_root: &str) -> Result<Self, String> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let exe: PathBuf = std::env::current_exe().map_err(|e| e.to_string())?;
        let child = Command::new(exe)
            .args(["--addr", &format!("127.0.0.1:{port}")])
            .args(["--database-url", url, "--site-root", site_root, "serve"])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(256)
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

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The server's resident memory now and at its peak, in MiB (Linux `/proc`).
    fn memory(&self) -> (f64, f64) {
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

    async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

/// Downloads the digest, plain or compressed as a browser asks for it (`br`).
async fn digest_csv(server: &Server, compressed: bool) -> Result<(), String> {
    let (rss_before, _) = server.memory();
    let started = Instant::now();
    let mut request = server
        .http
        .get(server.url(&format!("/digests/{}/all.csv", demo::CONSULTATION_SLUG)));
    if !compressed {
        // Otherwise the client asks for gzip and br and decompresses as it reads.
        request = request.header("accept-encoding", "identity");
    }
    let mut response = request.send().await.map_err(|e| e.to_string())?;
    if !response.status().is_success() {
        return Err(format!("digest download answered {}", response.status()));
    }
    let announced = response
        .headers()
        .get("x-digest-comments")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("?")
        .to_owned();
    let first_byte = started.elapsed();
    let mut bytes = 0_usize;
    let mut counter = app::domain::digest::RecordCounter::default();
    while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
        bytes += chunk.len();
        counter.feed(&chunk);
    }
    let elapsed = started.elapsed();
    let (_, peak) = server.memory();
    println!(
        "digest csv{}: {} rows ({announced} announced), {:.1} MB in {:.2} s \
         (first byte after {:.2} s); server memory {rss_before:.0} MiB before, peak {peak:.0} MiB",
        if compressed { " (br)" } else { "" },
        counter.records.saturating_sub(1),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        first_byte.as_secs_f64(),
    );
    Ok(())
}
