//! What each command of the server binary does: serve, and the administrative commands
//! (create an administrator, import, seed the demo, back up, restore).

use crate::cli::{Cli, Command};
use crate::{connections, router};
use app::backend::throttle::CommentLimits;
use app::backend::{AppState, accounts, backup, db, demo, import};
use app::domain::{AppError, Field, Problem, Role, StakeholderGroup};
use app::i18n::Locale;
use std::io::{BufRead, IsTerminal};

/// Runs the command `cli` names; the error is the message for the operator.
pub async fn run(cli: Cli) -> Result<(), String> {
    let mail = mail_config(&cli);
    let command = cli.command.unwrap_or_default();
    // This one must not open (and so migrate or lock) the database first.
    if let Command::Restore { from } = &command {
        let restored = backup::restore(from, &cli.database_url)
            .await
            .map_err(|e| e.to_string())?;
        println!(
            "Restored {} ({} comments).",
            from.display(),
            restored.comments
        );
        if let Some(previous) = restored.previous {
            println!(
                "The database it replaced is kept in {}.",
                previous.display()
            );
        }
        return Ok(());
    }
    // Held until this process ends: `server restore` refuses while any process uses the
    // database.
    let _open = backup::hold_while_open(&cli.database_url)
        .await
        .map_err(|e| e.to_string())?;
    let db = db::connect_and_migrate(&cli.database_url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let limits = CommentLimits {
        per_account: cli.comments_per_account_minute,
        per_address: cli.comments_per_address_minute,
    };
    match command {
        // Only a serving process has a submission writer and its campaign placer, and
        // keeps the planner's statistics current.
        Command::Serve => {
            tokio::spawn(db::keep_statistics(db.clone()));
            let writes = db::connect_writer(&cli.database_url, &db)
                .await
                .map_err(|e| format!("cannot open the database: {e}"))?;
            // This process's mail sender: what the outbox holds goes out, here and from
            // every other process sharing the database.
            app::backend::mail::sender::spawn(writes.clone(), mail)?;
            let state = AppState::new(db, writes, cli.secure_cookies, limits).with_uploads(
                app::domain::contributions::UploadLimits {
                    max_file: cli.max_file_mb * 1024 * 1024,
                    ..Default::default()
                },
            );
            let connections = connections::Limits {
                max_connections: cli
                    .max_connections
                    .unwrap_or_else(connections::default_max_connections),
                header_timeout: std::time::Duration::from_secs(cli.header_timeout_secs),
            };
            router::serve(state, &cli.addr, &cli.site_root, connections).await
        }
        Command::CreateAdmin {
            email,
            name,
            country,
            group,
            organisation,
        } => {
            let password = read_password()?;
            let group = StakeholderGroup::from_code(&group).ok_or_else(|| {
                let unknown = AppError::validation(Field::StakeholderGroup, Problem::UnknownChoice);
                format!("the administrator was not created:\n{}", in_words(&unknown))
            })?;
            let viewer = accounts::create_account(
                &db,
                accounts::NewAccount {
                    email: email.clone(),
                    password,
                    display_name: name,
                    stakeholder_group: group,
                    country,
                    organisation,
                    role: Role::Admin,
                },
            )
            .await
            .map_err(|e| format!("the administrator was not created:\n{}", in_words(&e)))?;
            println!(
                "Administrator {} <{email}> created (id {}).",
                viewer.display_name, viewer.id
            );
            Ok(())
        }
        Command::Import {
            consultation,
            paper,
            file,
        } => {
            let started = std::time::Instant::now();
            // The documents its rows name are in the CSV file's folder.
            let folder = file.parent().map(|p| {
                if p.as_os_str().is_empty() {
                    std::path::Path::new(".")
                } else {
                    p
                }
            });
            let imported = import::import_from(
                &db,
                &consultation,
                &paper,
                || std::fs::File::open(&file).map(std::io::BufReader::new),
                folder,
            )
            .await
            .map_err(|e| e.to_string())?;
            println!(
                "Imported {} comments onto {paper} in {:.1} s ({} new accounts without a password; {} comments in campaigns). They are pending moderation.",
                imported.comments,
                started.elapsed().as_secs_f64(),
                imported.new_accounts,
                imported.in_campaigns,
            );
            Ok(())
        }
        Command::SeedDemo { password } => {
            let password = password.unwrap_or_else(random_password);
            demo::seed(&db, &password)
                .await
                .map_err(|e| format!("{e}: {e:?}"))?;
            println!(
                "Demo consultation ready: /consultations/{}",
                demo::CONSULTATION_SLUG
            );
            println!("Demo accounts (password for all: {password}):");
            for account in &demo::ACCOUNTS {
                println!(
                    "  {:<34} {:?} · {}",
                    account.email, account.role, account.name
                );
            }
            Ok(())
        }
        Command::Backup { to } => {
            let bytes = if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
                backup::dump_postgres(&cli.database_url, &to).await
            } else {
                backup::backup(&db, &to).await
            }
            .map_err(|e| e.to_string())?;
            let comments = backup::comment_count(&db)
                .await
                .map_err(|e| e.to_string())?;
            println!(
                "Backup written to {} ({bytes} bytes; the database held {comments} comments).",
                to.display()
            );
            Ok(())
        }
        Command::Restore { .. } => unreachable!("handled before the database is opened"),
    }
}

/// What is wrong, in the words the web forms show (the English catalogue): one line per
/// field problem, each with the field's label and the flag that gave it.
fn in_words(error: &AppError) -> String {
    let t = Locale::En.texts();
    let Some(problems) = error.field_problems() else {
        return format!("  {}", (t.error)(error));
    };
    let label = |field: Field| match field {
        Field::Email => format!("{} (--email)", t.email),
        Field::Password => t.password.to_owned(),
        Field::DisplayName => format!("{} (--name)", t.display_name),
        Field::StakeholderGroup => format!("{} (--group)", t.stakeholder_group),
        Field::Country => format!("{} (--country)", t.country),
        Field::Organisation => format!("{} (--organisation)", t.organisation),
        _ => (t.error)(error),
    };
    problems
        .0
        .iter()
        .map(|p| format!("  {}: {}", label(p.field), (t.problem)(&p.problem)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads the new administrator's password: prompted twice on a terminal, else the first
/// line of standard input.
fn read_password() -> Result<String, String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ").map_err(|e| e.to_string())?;
        let second = rpassword::prompt_password("Password again: ").map_err(|e| e.to_string())?;
        if first != second {
            return Err("the two passwords differ".into());
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

/// A fresh demo password: 20 characters from an unambiguous alphabet.
fn random_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// How this process sends mail, from its flags.
fn mail_config(cli: &Cli) -> app::backend::mail::MailConfig {
    use app::backend::mail::{MailConfig, transport::TransportConfig};
    MailConfig {
        from: cli.mail_from.clone(),
        site_url: cli.site_url.trim_end_matches('/').to_owned(),
        transport: match &cli.smtp_url {
            Some(url) if !url.trim().is_empty() => TransportConfig::Smtp(url.clone()),
            _ => TransportConfig::Files(cli.outbox_dir.clone()),
        },
    }
}
