//! Backup and restore of a live SQLite database: the copy holds every comment and every
//! contribution's file, a restore puts them all back, and the database it replaces is kept.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::backup::{self, BackupError};
use app::backend::entities::comment;
use app::backend::{db, demo};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

async fn comments(db: &sea_orm::DatabaseConnection) -> Vec<(i64, String, String)> {
    comment::Entity::find()
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c.body, c.status.code().to_owned()))
        .collect()
}

#[tokio::test]
async fn a_backup_of_a_live_database_restores_every_comment() {
    let dir = common::scratch_folder("backup");
    let live_url = format!("sqlite://{}/live.db?mode=rwc", dir.display());
    let live = db::connect_and_migrate(&live_url).await.unwrap();
    demo::seed(&live, "a demo pass phrase here").await.unwrap();
    let before = comments(&live).await;
    assert!(before.len() >= 5, "the demo has comments");
    let pdf = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents/position.pdf");
    let pdf_bytes = std::fs::read(&pdf).unwrap();
    let sender = app::backend::accounts::find_by_email(&live, "government@demo.consult.example")
        .await
        .unwrap()
        .unwrap();
    let contribution = app::backend::contributions::submit(
        &live,
        &app::backend::accounts::author::Author::of(&live, sender.id)
            .await
            .unwrap(),
        demo::CONSULTATION_SLUG,
        app::backend::contributions::Sent {
            title: "Kept in the backup".into(),
            summary: "A position paper.".into(),
            consent: "anonymous".into(),
            ..Default::default()
        },
        vec![app::backend::documents::Received {
            size: pdf_bytes.len() as u64,
            sha256: "backup-test".into(),
            path: pdf,
            name: "position.pdf".into(),
        }],
        Default::default(),
    )
    .await
    .unwrap();

    // Taken while the database is open and in use (WAL mode).
    let copy = dir.join("copies/backup.db");
    let bytes = backup::backup(&live, &copy).await.unwrap();
    assert!(bytes > 0);
    assert!(
        matches!(
            backup::backup(&live, &copy).await,
            Err(BackupError::Exists(_))
        ),
        "never overwrites a file"
    );

    // Restored into a new place: every comment, the same.
    let other_url = format!("sqlite://{}/other.db?mode=rwc", dir.display());
    let restored = backup::restore(&copy, &other_url).await.unwrap();
    assert_eq!(restored.comments, before.len() as i64);
    assert!(restored.previous.is_none());
    let other = db::connect(&other_url).await.unwrap();
    assert_eq!(comments(&other).await, before);
    // The contribution's file comes back byte for byte, from the restored database alone.
    let (_, _, size, file_id) = app::backend::contributions::reading::file(
        &other,
        contribution,
        1,
        Some(&app::domain::Viewer {
            id: sender.id,
            display_name: String::new(),
            role: app::domain::Role::Stakeholder,
        }),
    )
    .await
    .unwrap();
    let mut restored_bytes = Vec::new();
    let mut seq = 0;
    while let Some(chunk) = app::backend::documents::store::chunk(&other, file_id, seq)
        .await
        .unwrap()
    {
        restored_bytes.extend(chunk);
        seq += 1;
    }
    assert_eq!(size as usize, pdf_bytes.len());
    assert_eq!(restored_bytes, pdf_bytes);
    other.close().await.unwrap();

    // Refused while processes use the database (several may at once), and nothing changes.
    let serving = backup::hold_while_open(&live_url).await.unwrap();
    let another = backup::hold_while_open(&live_url).await.unwrap();
    assert!(matches!(
        backup::restore(&copy, &live_url).await,
        Err(BackupError::InUse)
    ));
    assert_eq!(comments(&live).await, before);
    drop((serving, another));

    // Restored over the live database (server stopped): later changes go, the replaced
    // database is kept next to it.
    live.execute_unprepared("UPDATE comments SET status = 'withdrawn'")
        .await
        .unwrap();
    live.close().await.unwrap();
    let restored = backup::restore(&copy, &live_url).await.unwrap();
    assert_eq!(restored.comments, before.len() as i64);
    let kept = restored.previous.unwrap();
    assert!(kept.exists());
    let live = db::connect(&live_url).await.unwrap();
    assert_eq!(comments(&live).await, before);
    live.close().await.unwrap();
    let kept = db::connect(&format!("sqlite://{}", kept.display()))
        .await
        .unwrap();
    assert!(
        comments(&kept).await.iter().all(|c| c.2 == "withdrawn"),
        "the replaced state"
    );

    // Anything but a Consult database is refused.
    let junk = dir.join("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    assert!(matches!(
        backup::restore(&junk, &other_url).await,
        Err(BackupError::NotConsult(_))
    ));
    let _ = std::fs::remove_dir_all(dir);
}
