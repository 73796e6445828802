//! Documents attached to comments, on both engines: a comment carries its files from the
//! form to the receipt, the desk (with their text) and, once published, every reader; a
//! refused file refuses the form and stores nothing; the same letter sent as an attachment
//! joins the campaign of those who pasted it; the export lists the files and the erasure
//! removes them.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::attachments::{self, Checked};
use app::backend::comments::{self, forms};
use app::backend::desk;
use app::backend::documents::Received;
use app::backend::entities::{comment, comment_file, stored_file};
use app::backend::form_tokens::FormToken;
use app::backend::personal_data;
use app::domain::contributions::{FileKind, FileRefusal, UploadLimits};
use app::domain::{AppError, Field, Problem, Role, StakeholderGroup, Viewer};
use common::*;
use sea_orm::{EntityTrait, PaginatorTrait};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(name)
}

fn received_at(path: PathBuf, sent_as: &str) -> Received {
    let bytes = std::fs::read(&path).unwrap();
    use sha2::Digest;
    Received {
        size: bytes.len() as u64,
        sha256: hex::encode(sha2::Sha256::digest(&bytes)),
        path,
        name: sent_as.to_owned(),
    }
}

/// A text file holding `text`, in a folder of its own under the system's temporary one.
fn text_file(text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "consult-attachments-{}",
        hex::encode(rand::random::<[u8; 8]>())
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("letter.txt");
    std::fs::write(&path, text).unwrap();
    path
}

async fn checked(files: Vec<Received>) -> Checked {
    attachments::check_all(files, UploadLimits::default()).await
}

/// Ana's comment on 1.1 with these files, through the form's path.
async fn send(w: &World, body: &str, files: Checked) -> Result<i64, AppError> {
    let sent = forms::submit(
        &w.db,
        &w.writer,
        &author_of(&w.db, w.ana).await,
        on_paper(),
        &form("1.1", body, &[], "name_and_organisation"),
        FormToken::parse(FormToken::new().as_str()),
        files,
    )
    .await?;
    w.writer.settle().await.unwrap();
    Ok(sent.id)
}

fn viewer(id: i64, role: Role) -> Viewer {
    Viewer {
        id,
        display_name: String::new(),
        role,
    }
}

#[tokio::test]
async fn a_comment_carries_its_files_to_its_receipt_the_desk_and_once_published_everyone() {
    let w = open_world().await;
    let files = checked(vec![received_at(
        fixture("position.pdf"),
        "Position paper.pdf",
    )])
    .await;
    assert!(files.problems.is_empty(), "{:?}", files.problems);
    let id = send(&w, "Please read our position paper, attached.", files)
        .await
        .unwrap();

    // The receipt lists the file with its type and pages.
    let mine = comments::mine(&w.db, w.ana, id).await.unwrap();
    assert_eq!(mine.files.len(), 1);
    let file = &mine.files[0];
    assert_eq!(file.name, "Position paper.pdf");
    assert_eq!(file.kind, FileKind::Pdf);
    assert!(file.text_extracted);
    assert_eq!(
        file.href,
        format!("/comments/{id}/files/1/Position%20paper.pdf")
    );

    // While it waits: its author and the secretariat may download it, nobody else.
    assert!(matches!(
        attachments::file(&w.db, id, 1, None).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        attachments::file(&w.db, id, 1, Some(&viewer(w.ben, Role::Stakeholder))).await,
        Err(AppError::NotFound)
    ));
    let (name, kind, size, _) =
        attachments::file(&w.db, id, 1, Some(&viewer(w.ana, Role::Stakeholder)))
            .await
            .unwrap();
    assert_eq!((name.as_str(), kind), ("Position paper.pdf", FileKind::Pdf));
    assert_eq!(
        size,
        std::fs::metadata(fixture("position.pdf")).unwrap().len() as i64
    );
    assert!(
        attachments::file(
            &w.db,
            id,
            1,
            Some(&viewer(w.secretariat, Role::Secretariat))
        )
        .await
        .is_ok()
    );
    assert!(matches!(
        attachments::file(&w.db, id, 2, Some(&viewer(w.ana, Role::Stakeholder))).await,
        Err(AppError::NotFound)
    ));

    // The desk shows the file and the text read from it.
    let item = desk::item(&w.db, id).await.unwrap();
    assert_eq!(item.files.len(), 1);
    let text = item.files[0].1.as_deref().unwrap_or_default();
    assert!(
        text.contains("Multistakeholder governance of the Internet."),
        "the desk reads the file's text: {text}"
    );

    // Published: every reader of the paragraph sees it, and anyone may download it.
    publish(&w, id).await;
    let shown = opened(&w, "1.1", &Default::default()).await;
    let card = shown.comments.iter().find(|c| c.id == id).unwrap();
    assert_eq!(card.files.len(), 1);
    assert_eq!(card.files[0].name, "Position paper.pdf");
    assert!(attachments::file(&w.db, id, 1, None).await.is_ok());
}

#[tokio::test]
async fn a_refused_file_refuses_the_comment_with_every_problem_and_stores_nothing() {
    let w = open_world().await;
    let files = checked(vec![
        received_at(fixture("position.pdf"), "fine.pdf"),
        received_at(fixture("javascript.pdf"), "../../etc/scripted.pdf"),
    ])
    .await;
    let refused = send(&w, "", files).await;
    let Err(AppError::Validation(problems)) = refused else {
        panic!("refused expected, got {refused:?}");
    };
    assert!(
        problems.0.iter().any(|p| p.field == Field::Body),
        "the empty body is named too: {problems:?}"
    );
    assert!(
        problems.0.iter().any(|p| p.field == Field::Files
            && p.problem
                == Problem::File {
                    name: "../../etc/scripted.pdf".to_owned(),
                    refusal: FileRefusal::ActiveContent,
                }),
        "{problems:?}"
    );
    assert_eq!(comment::Entity::find().count(&w.db).await.unwrap(), 0);
    assert_eq!(comment_file::Entity::find().count(&w.db).await.unwrap(), 0);
    assert_eq!(stored_file::Entity::find().count(&w.db).await.unwrap(), 0);

    // More files than allowed: refused, by number.
    let many = (0..6)
        .map(|_| received_at(fixture("notes.txt"), "notes.txt"))
        .collect();
    let refused = send(&w, BODY, checked(many).await).await;
    let Err(AppError::Validation(problems)) = refused else {
        panic!("refused expected, got {refused:?}");
    };
    assert!(problems.0.iter().any(|p| p.problem
        == Problem::File {
            name: String::new(),
            refusal: FileRefusal::TooMany { max: 5 },
        }));
    assert_eq!(stored_file::Entity::find().count(&w.db).await.unwrap(), 0);
}

#[tokio::test]
async fn the_same_letter_sent_as_an_attachment_joins_its_campaign() {
    let w = open_world().await;
    let cy = person(
        &w.db,
        "cy@example.org",
        "Cy",
        StakeholderGroup::PrivateSector,
        "US",
        None,
        Role::Stakeholder,
    )
    .await;
    let pasted = submit(&w, w.ben, "1.1", LETTER, &[], "anonymous").await;
    let also = submit(
        &w,
        cy,
        "1.1",
        &format!("{LETTER}\n\nCy, Boston"),
        &[],
        "anonymous",
    )
    .await;
    let letter = text_file(&format!("Dear Secretariat,\n\n{LETTER}\n\nAna Lima"));
    let files = checked(vec![received_at(letter.clone(), "letter.txt")]).await;
    let attached = send(&w, "Please see the attached letter.", files)
        .await
        .unwrap();
    let campaign = desk::item(&w.db, pasted).await.unwrap().campaign;
    assert!(campaign.is_some(), "the pasted letters form a campaign");
    assert_eq!(desk::item(&w.db, also).await.unwrap().campaign, campaign);
    assert_eq!(
        desk::item(&w.db, attached)
            .await
            .unwrap()
            .campaign
            .map(|c| c.0),
        campaign.map(|c| c.0),
        "the letter sent as a file joins them"
    );
    assert_eq!(
        desk::item(&w.db, attached)
            .await
            .unwrap()
            .campaign
            .unwrap()
            .1,
        3
    );

    // A short note with no file is alike to none of them.
    let note = send(&w, "Please see the attached letter.", Checked::default())
        .await
        .unwrap();
    assert_eq!(desk::item(&w.db, note).await.unwrap().campaign, None);
    std::fs::remove_dir_all(letter.parent().unwrap()).unwrap();
}

#[tokio::test]
async fn the_export_lists_a_comments_files_and_the_erasure_removes_them() {
    let w = open_world().await;
    let files = checked(vec![received_at(fixture("position.odt"), "position.odt")]).await;
    let id = send(&w, BODY, files).await.unwrap();
    let exported = personal_data::export(&w.db, w.ana).await.unwrap();
    let listed = &exported["comments"][0]["files"][0];
    assert_eq!(listed["name"], "position.odt");
    assert_eq!(listed["type"], "odt");
    assert_eq!(
        listed["download"],
        format!("/comments/{id}/files/1/position.odt")
    );
    assert_eq!(stored_file::Entity::find().count(&w.db).await.unwrap(), 1);

    personal_data::erase(&w.db, w.ana).await.unwrap();
    assert_eq!(comment_file::Entity::find().count(&w.db).await.unwrap(), 0);
    assert_eq!(stored_file::Entity::find().count(&w.db).await.unwrap(), 0);
    // The comment itself stays in the record.
    assert!(
        comment::Entity::find_by_id(id)
            .one(&w.db)
            .await
            .unwrap()
            .is_some()
    );
    assert!(matches!(
        attachments::file(
            &w.db,
            id,
            1,
            Some(&viewer(w.secretariat, Role::Secretariat))
        )
        .await,
        Err(AppError::NotFound)
    ));
}
