//! `bench`: fills a scratch database with the demo consultation and synthetic published
//! comments, starts the server binary as a real server on 127.0.0.1, drives it over HTTP,
//! and prints the figures. It is a measuring tool, not a test: nothing here passes or fails
//! on a time. docs and the README's "Performance" section hold the figures it printed. It
//! is a crate of its own so that the server binary carries no load generator.

mod fill;
mod import;
mod load;
mod pages;
mod server;
mod uploads;

use app::backend::db;
use clap::{Parser, ValueEnum};
use fill::{fill, secretariat_session, signed_in};
use import::import;
use load::{placement_catch_up, read, submit};
use pages::{digest_csv, weight};
use server::Server;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[tokio::main]
async fn main() -> ExitCode {
    let args = BenchArgs::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .init();
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What `server bench` measures.
#[derive(Parser, Debug)]
#[command(
    name = "bench",
    about = "Measure a Consult server over HTTP on a scratch database and print the figures"
)]
pub struct BenchArgs {
    /// The server binary to measure: by default `server` beside this binary, in the same
    /// target folder (`cargo leptos build --release --split` puts it there).
    #[arg(long)]
    pub server: Option<PathBuf>,
    /// Folder of the built site (CSS, JS, WASM), as cargo-leptos wrote it.
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,
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
    /// Contributions of 5 MB sent at once in the upload scenario.
    #[arg(long, default_value_t = 50)]
    pub uploads: usize,
    /// Rows of the campaign file in the import scenario.
    #[arg(long, default_value_t = 500_000)]
    pub import_rows: u64,
    /// Database to fill and serve; a scratch SQLite file (removed afterwards) if absent.
    /// An existing database that already holds the demo and the comments is reused.
    #[arg(long, alias = "bench-database-url")]
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
    /// Signed-in stakeholders read the same page, each with their own session: pages per
    /// second and latency (every page is checked to name its reader).
    ReadSignedIn,
    /// The first load of a paper page, compressed as a browser asks: HTML, CSS, JS and WASM.
    Weight,
    /// The whole consultation's CSV digest: time to the last byte, the server's peak memory.
    Digest,
    /// `server import` of a campaign file of `--import-rows` rows (a few form letters, each
    /// sender's own greeting and name, and every 50th row a comment in its own words):
    /// rows per second, and the importer's peak memory.
    Import,
    /// A contribution with a 20 MB document: the server's peak memory before and after;
    /// then `--uploads` contributions of 5 MB at once while the other `--clients` submit
    /// comments.
    Upload,
}

/// The demo accounts' password in the scratch database.
pub(crate) const PASSWORD: &str = "bench pass phrase for the demo";

async fn run(args: BenchArgs) -> Result<(), String> {
    let scratch = args
        .database_url
        .is_none()
        .then(|| std::env::temp_dir().join(format!("consult-bench-{}", std::process::id())));
    let url = match (&args.database_url, &scratch) {
        (Some(url), _) => url.clone(),
        (None, Some(dir)) => format!("sqlite://{}/bench.db?mode=rwc", dir.display()),
        (None, None) => unreachable!("one of the two is set"),
    };
    let outcome = measure(&args, &url, scratch.as_deref()).await;
    if let Some(dir) = scratch {
        let _ = std::fs::remove_dir_all(dir);
    }
    outcome
}

/// The server binary: `--server`, or `server` beside this binary.
fn server_exe(args: &BenchArgs) -> Result<PathBuf, String> {
    let exe = match &args.server {
        Some(path) => path.clone(),
        None => std::env::current_exe()
            .map_err(|e| e.to_string())?
            .with_file_name("server"),
    };
    if exe.is_file() {
        Ok(exe)
    } else {
        Err(format!(
            "no server binary at {}: build it with `cargo leptos build --release --split`, or name it with --server",
            exe.display()
        ))
    }
}

async fn measure(
    args: &BenchArgs,
    url: &str,
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
    let cookies = if args.scenarios.contains(&Scenario::Submit)
        || args.scenarios.contains(&Scenario::Upload)
        || args.scenarios.contains(&Scenario::Weight)
        || args.scenarios.contains(&Scenario::ReadSignedIn)
    {
        signed_in(&db, args.clients.max(1)).await?
    } else {
        Vec::new()
    };
    let desk = if args.scenarios.contains(&Scenario::Weight) {
        secretariat_session(&db).await?
    } else {
        String::new()
    };
    db.close().await.map_err(|e| e.to_string())?;

    let server = Server::start(&server_exe(args)?, url, &args.site_root).await?;
    let duration = Duration::from_secs(args.seconds);
    for scenario in &args.scenarios {
        match scenario {
            Scenario::Submit => {
                submit(&server, &cookies, duration).await?;
                placement_catch_up(url).await?;
            }
            Scenario::Read => read(&server, args.clients, &[], duration).await?,
            Scenario::ReadSignedIn => read(&server, args.clients, &cookies, duration).await?,
            Scenario::Weight => weight(&server, &cookies[0], &desk).await?,
            Scenario::Digest => {
                digest_csv(&server, false).await?;
                digest_csv(&server, true).await?;
            }
            Scenario::Upload => uploads::uploads(&server, &cookies, args.uploads).await?,
            Scenario::Import => {
                let folder = scratch.map_or_else(std::env::temp_dir, |p| p.to_path_buf());
                import(&server_exe(args)?, url, &folder, args.import_rows).await?;
            }
        }
        // What the server holds once the scenario is over (the steady state), and its peak.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let (now, peak) = server.memory();
        println!("server memory after {scenario:?}: {now:.0} MiB (peak {peak:.0} MiB)");
    }
    server.stop().await;
    Ok(())
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
