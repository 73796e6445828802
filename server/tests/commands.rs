//! The server's commands refuse in sentences: `server create-admin` explains a refused
//! administrator in the words the web forms show, one line per field with its label, never
//! as a Rust debug dump; `server serve` without its site's assets refuses to start and
//! says which are missing (it used to start and fail on every page).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use app::domain::Problem;
use app::domain::validation::PASSWORD_MIN_CHARS;
use app::i18n::Locale;
use std::io::Write;
use std::process::Stdio;

/// Runs `create-admin` with `args` and `password` on standard input; gives back whether it
/// succeeded and what it wrote to standard error.
fn create_admin(url: &str, args: &[&str], password: &str) -> (bool, String) {
    let mut child = common::server()
        .args(["--database-url", url, "create-admin"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_refused_administrator_is_explained_in_the_forms_sentences() {
    let dir = common::scratch_folder("create-admin");
    let url = common::sqlite_url(&dir);
    let words = Locale::En.texts().problem;

    let (created, errors) = create_admin(
        &url,
        &["--email", "not an address", "--name", "Ada"],
        "short",
    );
    assert!(!created);
    let expected = [
        format!("E-mail (--email): {}", words(&Problem::InvalidEmail)),
        format!(
            "Password: {}",
            words(&Problem::TooShort {
                min: PASSWORD_MIN_CHARS
            })
        ),
    ];
    for line in &expected {
        assert!(
            errors.lines().any(|l| l.trim() == line),
            "{line:?} in {errors}"
        );
    }
    assert!(
        !errors.contains("Validation(") && !errors.contains("FieldProblem"),
        "{errors}"
    );

    let (created, errors) = create_admin(
        &url,
        &[
            "--email",
            "ada@example.org",
            "--name",
            "Ada",
            "--group",
            "pirates",
        ],
        "a long enough pass phrase",
    );
    assert!(!created);
    let line = format!(
        "Stakeholder group (--group): {}",
        words(&Problem::UnknownChoice)
    );
    assert!(errors.lines().any(|l| l.trim() == line), "{errors}");

    let (created, errors) = create_admin(
        &url,
        &["--email", "ada@example.org", "--name", "Ada"],
        "a long enough pass phrase",
    );
    assert!(created, "{errors}");
    let (created, errors) = create_admin(
        &url,
        &["--email", "ada@example.org", "--name", "Ada"],
        "a long enough pass phrase",
    );
    assert!(!created);
    let line = format!("E-mail (--email): {}", words(&Problem::EmailTaken));
    assert!(errors.lines().any(|l| l.trim() == line), "{errors}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_server_refuses_to_start_without_its_sites_assets() {
    let dir = common::scratch_folder("no-site");
    let mut child = common::server()
        .args(["--database-url", &common::sqlite_url(&dir)])
        .args(["--addr", &format!("127.0.0.1:{}", common::free_port())])
        .args([
            "--site-root",
            &dir.join("no-site").display().to_string(),
            "serve",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A server that starts anyway would serve for ever: it is given ten seconds to refuse.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the server started without its site's assets");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(
        errors.contains("the site's assets are missing") && errors.contains("consult.css"),
        "{errors}"
    );
}
