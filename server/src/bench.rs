//! `server bench`: fills a scratch database with the demo consultation and synthetic
//! published comments, starts this same binary as a real server on 127.0.0.1, drives it over
//! HTTP, and prints the figures. It is a measuring tool, not a test: nothing here passes or
//! fails on a time. The README's "Performance" section holds the figures it printed.

use app::backend::{campaigns, db, demo, digest};
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
    /// Concurrent clients in the submit and read scenarios.
    #[arg(long, default_value_t = 64)]
    pub clients: usize,
    /// Seconds each of the submit and read scenarios runs.
    #[arg(long, default_value_t = 10)]
    pub seconds: u64,
    /// Rows of the campaign file in the import scenario.
    #[arg(long, default_value_t = 500_000)]
    pub import_rows: u64,
    /// Database to fill and serve; a scratch SQLite file (removed afterwards) if absent.
    /// An existing database that already holds the demo and the comments is reused.
    #[arg(long = "bench-database-url", id = "bench_database_url")]
    pub database_url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Scenario {
    /// Signed-in stakeholders submit comments, each waiting for its receipt: submissions per
    /// second and latency.
    Submit,
    /// Visitors read the paper page with a paragraph's comments open: pages per second and
    /// latency.
    Read,
    /// The first load of a paper page, compressed as a browser asks: HTML, CSS, JS and WASM.
    Weight,
    /// The whole consultation's CSV digest: time to the last byte, the server's peak memory.
    Digest,
    /// `server import` of a campaign file of `--import-rows` rows (a few form letters, each
    /// sender's own greeting and name, and every 50th row a comment in its own words):
    /// rows per second, and the importer's peak memory.
    Import,
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
    let outcome = measure(&args, &url, site_root, scratch.as_deref()).await;
    if let Some(dir) = scratch {
        let _ = std::fs::remove_dir_all(dir);
    }
    outcome
}

async fn measure(
    args: &BenchArgs,
    url: &str,
    site_root: &str,
    scratch: Option<&std::path::Path>,
) -> Result<(), String> {
    let db = db::connect_and_migrate(url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    println!(
        "engine: {:?}; cores: {}",
        db.get_database_backend(),
        cores()
    );
    fill(&db, args.comments).await?;
    let cookies = if args.scenarios.contains(&Scenario::Submit) {
        signed_in(&db, args.clients).await?
    } else {
        Vec::new()
    };
    db.close().await.map_err(|e| e.to_string())?;

    let server = Server::start(url, site_root).await?;
    let duration = Duration::from_secs(args.seconds);
    for scenario in &args.scenarios {
        match scenario {
            Scenario::Submit => {
                submit(&server, &cookies, duration).await?;
                placement_catch_up(url).await?;
            }
            Scenario::Read => read(&server, args.clients, duration).await?,
            Scenario::Weight => weight(&server).await?,
            Scenario::Digest => {
                digest_csv(&server, false).await?;
                digest_csv(&server, true).await?;
            }
            Scenario::Import => {
                let folder = scratch.map_or_else(std::env::temp_dir, |p| p.to_path_buf());
                import(url, &folder, args.import_rows).await?;
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
        // Stored as placed already, in no campaign (an empty signature is like none), so
        // that the server's campaign placer has nothing to catch up with.
        db.execute_unprepared(&format!(
            "INSERT INTO comment_signatures (comment_id, signature) \
             SELECT c.id, '' FROM comments c WHERE c.id > (SELECT MAX(id) FROM comments) - {missing}"
        ))
        .await
        .map_err(err)?;
        // Stored without moderation: the paragraph counts are made from the rows.
        app::backend::comments::recount(db)
            .await
            .map_err(|e| format!("{e}: {e:?}"))?;
        // The planner's statistics are refreshed by the server started next, as at any start.
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
            .args(["--database-url", url, "--site-root", site_root])
            // The submit scenario sends far more than people do from one address.
            .args(["--comments-per-account-minute", "100000000"])
            .args(["--comments-per-address-minute", "100000000", "serve"])
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

/// `clients` stakeholder accounts (made when missing), each with a fresh session: their
/// cookies.
async fn signed_in(db: &DatabaseConnection, clients: usize) -> Result<Vec<String>, String> {
    use app::backend::{accounts, sessions};
    let err = |e: app::domain::AppError| format!("{e}: {e:?}");
    let mut cookies = Vec::with_capacity(clients);
    for n in 0..clients {
        let email = format!("bench-{n}@bench.consult.example");
        let id = match accounts::find_by_email(db, &email).await.map_err(err)? {
            Some(user) => user.id,
            None => {
                accounts::create_account(
                    db,
                    accounts::NewAccount {
                        email,
                        password: PASSWORD.to_owned(),
                        display_name: format!("Bench participant {n}"),
                        stakeholder_group: app::domain::StakeholderGroup::ALL[n % 5],
                        country: ["BR", "SN", "IN", "DE", "US"][n % 5].to_owned(),
                        organisation: None,
                        role: app::domain::Role::Stakeholder,
                    },
                )
                .await
                .map_err(err)?
                .id
            }
        };
        let token = sessions::create(db, id).await.map_err(err)?;
        cookies.push(format!("{}={token}", sessions::SESSION_COOKIE));
    }
    Ok(cookies)
}

/// What one scenario measured.
struct Figures {
    latencies: Vec<Duration>,
    failed: usize,
    first_failure: Option<String>,
    elapsed: Duration,
}

impl Figures {
    fn print(mut self, what: &str, unit: &str) {
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
async fn load<F, Fut>(clients: usize, duration: Duration, request: F) -> Figures
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

/// Every client submits a comment, waits for the receipt (the redirect to it), and submits
/// the next.
async fn submit(server: &Server, cookies: &[String], duration: Duration) -> Result<(), String> {
    let (http, url) = (server.http.clone(), server.url("/api/submit_comment"));
    let cookies = cookies.to_vec();
    let clients = cookies.len();
    let figures = load(clients, duration, move |client, n| {
        let (http, url, cookie) = (http.clone(), url.clone(), cookies[client].clone());
        async move {
            let body = comment_text(client as u64 * 1_000_003 + n);
            let res = http
                .post(&url)
                .header("cookie", cookie)
                .form(&[
                    ("slug", demo::CONSULTATION_SLUG),
                    ("code", "WP-ROOT"),
                    ("paragraph", "2.1"),
                    ("body", body.as_str()),
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
    })
    .await;
    figures.print(&format!("submit ({clients} signed-in clients)"), "comments");
    Ok(())
}

/// The campaign placement the submissions left behind (it gives way to them): how many
/// comments were still unplaced when they stopped, and how long the server took to place
/// them.
async fn placement_catch_up(url: &str) -> Result<(), String> {
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

/// Writes a campaign file of `rows` rows and times `server import` of it, as a separate
/// process beside the running server.
async fn import(url: &str, folder: &std::path::Path, rows: u64) -> Result<(), String> {
    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    let file = folder.join(format!("campaign-{}.csv", std::process::id()));
    let letters = [
        "We the undersigned ask the Working Group to keep the root zone under the present arrangements, which have served the Internet well and kept it stable and secure.",
        "Spam costs users in developing countries more than anyone else: we ask the Working Group to call for cooperation between regulators across borders.",
        "Multilingual domain names are a matter of access for billions of users; please give them priority in the report.",
        "Privacy must not be traded for security. We ask that the report recognise data protection as a right of every Internet user.",
        "Capacity building should come before new institutions: fund the participation of developing countries in existing forums.",
    ];
    let greetings = [
        "Dear members of the Working Group,",
        "To the WGIG secretariat:",
        "Hello,",
        "",
    ];
    let groups = [
        "civil_society",
        "private_sector",
        "academic_technical",
        "government",
    ];
    let countries = ["KE", "BR", "IN", "FR", "NG", "EC", "JP", "CA"];
    {
        let out = std::fs::File::create(&file).map_err(|e| e.to_string())?;
        let mut csv = csv::Writer::from_writer(std::io::BufWriter::new(out));
        csv.write_record([
            "email",
            "name",
            "stakeholder_group",
            "country",
            "consent",
            "body",
        ])
        .map_err(|e| e.to_string())?;
        for n in 0..rows {
            let name = format!("Sender {n}");
            let body = if n % 50 == 49 {
                comment_text(n)
            } else {
                let greeting = greetings[(n % 4) as usize];
                let letter = letters[(n % 5) as usize];
                format!(
                    "{greeting}\n\n{letter}\n\n{name}, {}",
                    countries[(n % 8) as usize]
                )
            };
            csv.write_record([
                format!("sender{n}@campaign.example"),
                name,
                groups[(n % 4) as usize].to_owned(),
                countries[(n % 8) as usize].to_owned(),
                "anonymous".to_owned(),
                body,
            ])
            .map_err(|e| e.to_string())?;
        }
        csv.flush().map_err(|e| e.to_string())?;
    }
    let size = std::fs::metadata(&file).map_err(|e| e.to_string())?.len();
    let exe: PathBuf = std::env::current_exe().map_err(|e| e.to_string())?;
    let started = Instant::now();
    let mut child = Command::new(exe)
        .args(["--database-url", url, "import"])
        .args([
            "--consultation",
            demo::CONSULTATION_SLUG,
            "--paper",
            "WP-ROOT",
        ])
        .arg(&file)
        // Its phases (checked, written) are logged at info, on its standard output.
        .env("RUST_LOG", "warn,app::backend::import=info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("cannot run the import: {e}"))?;
    // Its peak memory, read from /proc while it runs.
    let mut peak = f64::NAN;
    let pid = child.id();
    let status = loop {
        if let Some(kb) = pid.and_then(peak_kb) {
            peak = kb / 1024.0;
        }
        tokio::select! {
            status = child.wait() => break status.map_err(|e| e.to_string())?,
            () = tokio::time::sleep(Duration::from_millis(100)) => {}
        }
    };
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&file);
    let output = child.wait_with_output().await.map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!(
            "the import failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    print!("{}", String::from_utf8_lossy(&output.stdout));
    println!(
        "import of {rows} rows ({:.1} MB): {seconds:.1} s, {:.0} rows/s; importer peak {peak:.0} MiB",
        size as f64 / 1e6,
        rows as f64 / seconds
    );
    Ok(())
}

/// A process's peak resident memory in kB (Linux `/proc`).
fn peak_kb(pid: u32) -> Option<f64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// A comment of twenty words drawn from a vocabulary, different for every `seed`, so that
/// submissions are as varied as people's own words (not one campaign).
fn comment_text(seed: u64) -> String {
    const WORDS: [&str; 48] = [
        "root",
        "zone",
        "oversight",
        "governments",
        "technical",
        "community",
        "developing",
        "countries",
        "participation",
        "meetings",
        "policy",
        "multilingual",
        "domain",
        "names",
        "users",
        "servers",
        "spam",
        "providers",
        "bandwidth",
        "costs",
        "forum",
        "documents",
        "stakeholders",
        "privacy",
        "law",
        "report",
        "differences",
        "security",
        "stability",
        "interconnection",
        "capacity",
        "building",
        "access",
        "infrastructure",
        "standards",
        "openness",
        "accountability",
        "transparency",
        "cooperation",
        "regional",
        "registries",
        "addresses",
        "allocation",
        "cybercrime",
        "consumers",
        "rights",
        "education",
        "trust",
    ];
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut words = Vec::with_capacity(20);
    for _ in 0..20 {
        // xorshift64: enough to vary the words.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        words.push(WORDS[(state % WORDS.len() as u64) as usize]);
    }
    let mut text = words.join(" ");
    text[..1].make_ascii_uppercase();
    text.push('.');
    text
}

/// Visitors read the paper page with paragraph 2.1 open (its first 20 comments shown).
async fn read(server: &Server, clients: usize, duration: Duration) -> Result<(), String> {
    let http = server.http.clone();
    let url = server.url(&format!(
        "/consultations/{}/papers/WP-ROOT?p=2.1",
        demo::CONSULTATION_SLUG
    ));
    let figures = load(clients, duration, move |_, _| {
        let (http, url) = (http.clone(), url.clone());
        async move {
            let res = http
                .get(&url)
                .header("accept-encoding", "identity")
                .send()
                .await
                .map_err(|e| e.to_string())?;
            let status = res.status();
            let page = res.text().await.map_err(|e| e.to_string())?;
            if status.is_success() && page.contains("</html>") {
                Ok(())
            } else {
                Err(format!("answered {status}"))
            }
        }
    })
    .await;
    figures.print(
        &format!("read the paper page ({clients} visitors)"),
        "pages",
    );
    Ok(())
}

/// The first load of the paper page: the HTML and every stylesheet, script and WASM file it
/// names, each as a browser asks for it (`br`, `gzip`), counted as sent on the wire.
async fn weight(server: &Server) -> Result<(), String> {
    let page_url = server.url(&format!(
        "/consultations/{}/papers/WP-ROOT?p=2.1",
        demo::CONSULTATION_SLUG
    ));
    let html = server
        .http
        .get(&page_url)
        .send()
        .await
        .map_err(|e| e.to_string())?
        .text()
        .await
        .map_err(|e| e.to_string())?;
    let mut lines = vec![("page (HTML)".to_owned(), on_the_wire(&page_url).await?)];
    let mut named = assets(&html);
    let mut seen = std::collections::HashSet::new();
    while let Some(asset) = named.pop() {
        if !seen.insert(asset.clone()) {
            continue;
        }
        let url = server.url(&asset);
        // A script's static imports are fetched before it runs: count them too.
        if asset.ends_with(".js") {
            let body = server.http.get(&url).send().await;
            let text = match body {
                Ok(res) => res.text().await.map_err(|e| e.to_string())?,
                Err(e) => return Err(e.to_string()),
            };
            named.extend(static_imports(&asset, &text));
        }
        lines.push((asset, on_the_wire(&url).await?));
    }
    lines[1..].sort();
    let total: usize = lines.iter().map(|(_, b)| b).sum();
    for (what, bytes) in &lines {
        println!("weight: {what}: {:.1} KB", *bytes as f64 / 1000.0);
    }
    println!(
        "weight: first load of the paper page, compressed: {:.1} KB in all",
        total as f64 / 1000.0
    );
    Ok(())
}

/// The bytes one request as a browser makes it receives, compressed as sent.
async fn on_the_wire(url: &str) -> Result<usize, String> {
    // A client that does not decompress, to count what crosses the wire.
    let raw = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .map_err(|e| e.to_string())?;
    let res = raw
        .get(url)
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !res.status().is_success() {
        return Err(format!("{url} answered {}", res.status()));
    }
    Ok(res.bytes().await.map_err(|e| e.to_string())?.len())
}

/// The modules a script imports statically (`from"./x.js"`), as paths beside it.
fn static_imports(script: &str, text: &str) -> Vec<String> {
    let dir = &script[..script.rfind('/').map_or(0, |i| i + 1)];
    let mut found: Vec<String> = text
        .split("from")
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start();
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let name = rest[1..].split(quote).next()?;
            Some(format!("{dir}{}", name.strip_prefix("./")?))
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The stylesheets, scripts and WASM a page names (`href` or `src` under `/pkg/`).
fn assets(html: &str) -> Vec<String> {
    let mut found: Vec<String> = html
        .split(['"', '\''])
        .filter(|part| part.starts_with("/pkg/"))
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scripts_static_imports_are_found_beside_it() {
        let js = r#"import*as n from"./__split.abc.js";import{a}from './b.js';import*as m from"./__split.abc.js";const from_x=1;import("https://x/y.js")"#;
        assert_eq!(
            static_imports("/pkg/consult.x.js", js),
            ["/pkg/__split.abc.js", "/pkg/b.js"]
        );
    }
}
