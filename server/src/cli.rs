//! Command-line flags and environment variables.

use app::backend::db::DEFAULT_DATABASE_URL;
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "server",
    version,
    about = "Consult: multistakeholder consultations on working papers"
)]
pub struct Cli {
    /// Address to listen on.
    #[arg(
        long,
        env = "CONSULT_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub addr: String,

    /// Database: a SQLite file (the default) or postgres://user:pass@host/db.
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,

    /// Folder of the built site (CSS, JS, WASM, public files), as cargo-leptos wrote it.
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: String,

    /// Mark cookies `Secure`: set this when the site is served over https.
    #[arg(long, env = "CONSULT_SECURE_COOKIES", global = true)]
    pub secure_cookies: bool,

    /// Comments one account may submit a minute.
    #[arg(
        long,
        env = "CONSULT_COMMENTS_PER_ACCOUNT_MINUTE",
        default_value_t = 10,
        global = true
    )]
    pub comments_per_account_minute: u32,

    /// Comments one address may submit a minute: raise it for a meeting whose participants
    /// share one address (a conference hall behind one router).
    #[arg(
        long,
        env = "CONSULT_COMMENTS_PER_ADDRESS_MINUTE",
        default_value_t = 60,
        global = true
    )]
    pub comments_per_address_minute: u32,

    /// The largest file a contribution may carry, in megabytes (each of up to five).
    #[arg(
        long,
        env = "CONSULT_MAX_FILE_MB",
        default_value_t = 20,
        value_parser = clap::value_parser!(u64).range(1..=200),
        global = true
    )]
    pub max_file_mb: u64,

    /// The SMTP server mail goes through, as a URL: `smtp://user:password@host:587?tls=required`
    /// (STARTTLS), `smtps://user:password@host:465` (TLS) or `smtp://127.0.0.1:1025` (plain,
    /// a server on this machine). Without it, messages are written to `--outbox-dir`.
    #[arg(long, env = "CONSULT_SMTP_URL", global = true)]
    pub smtp_url: Option<String>,

    /// Where messages are written as `.eml` files when there is no `--smtp-url` (the demo),
    /// their links also written to the log.
    #[arg(
        long,
        env = "CONSULT_OUTBOX_DIR",
        default_value = "data/outbox",
        global = true
    )]
    pub outbox_dir: std::path::PathBuf,

    /// The sender of every message.
    #[arg(
        long,
        env = "CONSULT_MAIL_FROM",
        default_value = "Consult <consult@localhost>",
        global = true
    )]
    pub mail_from: String,

    /// The site's address as people reach it, for the links in messages.
    #[arg(
        long,
        env = "CONSULT_SITE_URL",
        default_value = "http://127.0.0.1:3000",
        global = true
    )]
    pub site_url: String,

    /// Connections open at once. At the limit a new connection closes the oldest idle one,
    /// so that a flood of idle connections cannot lock people out. Default: half of the
    /// process's file limit (raised to its hard limit) after 256 kept for the database.
    #[arg(long, env = "CONSULT_MAX_CONNECTIONS", global = true)]
    pub max_connections: Option<usize>,

    /// Seconds a client has to send a request's head, from when it connects or from the
    /// previous answer: it closes slow-header and idle keep-alive connections.
    #[arg(
        long,
        env = "CONSULT_HEADER_TIMEOUT_SECS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub header_timeout_secs: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug, Default)]
pub enum Command {
    /// Serve the site (the default).
    #[default]
    Serve,
    /// Create an administrator. The password is read from standard input (or prompted).
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// ISO 3166-1 alpha-2 code.
        #[arg(long, default_value = "CH")]
        country: String,
        /// Stakeholder group code (government, private_sector, civil_society,
        /// academic_technical, intergovernmental).
        #[arg(long, default_value = "intergovernmental")]
        group: String,
        #[arg(long)]
        organisation: Option<String>,
    },
    /// Write a consistent copy of the live database to a new file while the server keeps
    /// running: SQLite with `VACUUM INTO`, PostgreSQL with `pg_dump --format=custom`.
    Backup {
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Put a backup in place of the database; refused while a server uses it. The database
    /// it replaces is kept: SQLite as `<database>.before-restore-<time>`, PostgreSQL (with
    /// `pg_restore`) as `<FILE>.before-restore-<time>.dump`.
    Restore {
        #[arg(long)]
        from: std::path::PathBuf,
    },
    /// Import comments from a CSV file onto a working paper (a campaign's letters, or
    /// comments received by post or e-mail). Columns: email, name, stakeholder_group,
    /// country, consent, body, and optionally organisation, capacity, paragraph, tags,
    /// quote, files (names of documents in the CSV file's folder, separated by `;`, attached
    /// to the comment). The whole file and every document are checked first: a file with a
    /// problem imports nothing.
    Import {
        /// The consultation's slug, as in its address.
        #[arg(long)]
        consultation: String,
        /// The working paper's code, such as WP-ROOT.
        #[arg(long)]
        paper: String,
        /// The CSV file (UTF-8, a header row first).
        file: std::path::PathBuf,
    },
    /// Load the WGIG demo consultation and demo accounts. Safe to run again.
    SeedDemo {
        /// Password for every demo account; a random one is made and printed if absent.
        #[arg(long, env = "CONSULT_DEMO_PASSWORD")]
        password: Option<String>,
    },
}
