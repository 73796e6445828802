//! `server import`: the secretariat imports a campaign file while the server runs and
//! stakeholders go on submitting.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

mod common;

use common::{client, demo_database, server, sign_in, start_on_free_port, stop, submit};
use std::path::Path;

const LETTER: &str = "We the undersigned ask the Working Group to keep the root zone under the present arrangements, which have served the Internet well and kept it stable and secure.";

fn import(url: &str, file: &Path) -> std::process::Output {
    server()
        .args(["--database-url", url, "import"])
        .args(["--consultation", "wgig-2005-february", "--paper", "WP-ROOT"])
        .arg(file)
        .env("RUST_LOG", "error")
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_campaign_file_is_imported_while_stakeholders_submit() {
    let (dir, url) = demo_database("import");
    let campaigns_before = campaigns(&url).await;
    let (base, child) = start_on_free_port(&url).await;
    let http = client();
    let cookie = sign_in(&http, &base, "civil@demo.consult.example").await;

    let mut csv = String::from("email,name,stakeholder_group,country,consent,paragraph,body\n");
    for n in 0..2_000 {
        csv.push_str(&format!(
            "sender{n}@campaign.example,Sender {n},civil_society,KE,anonymous,2.1,\"{LETTER}\n\nSender {n}, Nairobi\"\n"
        ));
    }
    let file = dir.join("campaign.csv");
    std::fs::write(&file, csv).unwrap();

    // The import runs beside the server, while a stakeholder submits comments.
    let importing = tokio::task::spawn_blocking({
        let (url, file) = (url.clone(), file.clone());
        move || import(&url, &file)
    });
    let mut receipts = 0;
    for n in 0..8 {
        if submit(
            &http,
            &base,
            &cookie,
            &format!("Comment {n} sent during an import."),
        )
        .await
        .is_some()
        {
            receipts += 1;
        }
    }
    let output = importing.await.unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("Imported 2000 comments onto WP-ROOT"),
        "{stdout}"
    );
    assert!(stdout.contains("2000 new accounts"), "{stdout}");
    assert!(stdout.contains("2000 comments in campaigns"), "{stdout}");
    assert_eq!(
        receipts, 8,
        "every submission during the import has its receipt"
    );
    stop(child);

    // Every row is a pending comment, and the letters are one campaign.
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let db = app::backend::db::connect(&url).await.unwrap();
    let imported = app::backend::entities::comment::Entity::find()
        .filter(app::backend::entities::comment::Column::Body.starts_with("We the undersigned"))
        .filter(app::backend::entities::comment::Column::Status.eq("pending"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(imported, 2_000);
    assert_eq!(campaigns(&url).await, campaigns_before + 1);
}

async fn campaigns(url: &str) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let db = app::backend::db::connect(url).await.unwrap();
    app::backend::entities::campaign::Entity::find()
        .count(&db)
        .await
        .unwrap()
}

#[test]
fn a_file_with_a_problem_imports_nothing_and_names_its_line() {
    let (dir, url) = demo_database("import-bad");
    let file = dir.join("campaign.csv");
    std::fs::write(
        &file,
        format!(
            "email,name,stakeholder_group,country,consent,body\n\
             one@campaign.example,One,civil_society,KE,anonymous,\"{LETTER}\"\n\
             two-at-campaign.example,Two,civil_society,KE,anonymous,\"{LETTER}\"\n"
        ),
    )
    .unwrap();
    let output = import(&url, &file);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert!(stderr.contains("line 3, email:"), "{stderr}");
}
