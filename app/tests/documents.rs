//! Documents at the door (`backend::documents::accept`), on real files: what is accepted is
//! known from its content, whatever its name, and its text is read (a PDF's page count,
//! a DOCX's tabs and ampersands, an ODT's accents, UTF-8 text in any script); what is
//! refused is refused for its own reason (encrypted, scripted, a web page dressed as a PDF,
//! macros, a program, empty, not a document, damaged, too large, a zip bomb); and a
//! sender's file name becomes a harmless label.
//!
//! The files are in `tests/fixtures/documents/`, made by
//! `scripts/make-document-fixtures.py` (which says how each was made). Zip bombs are not
//! kept as files: the tests build them in a scratch folder.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::documents::{self, Accepted, Received};
use app::domain::contributions::{FileKind, FileRefusal, UploadLimits};
use std::io::Write;
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const GOVERNANCE: &str = "Multistakeholder governance of the Internet";
const CAPACITY: &str = "Capacity building in developing countries";

fn fixture(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(file)
}

/// `path` as the upload handler hands it over, sent under the name `name`.
fn received(path: PathBuf, name: &str) -> Received {
    let size = std::fs::metadata(&path).unwrap().len();
    Received {
        path,
        name: documents::safe_name(name),
        size,
        sha256: "test".to_owned(),
    }
}

/// The fixture `file` sent under the name `name`, with the default limits.
async fn send_as(file: &str, name: &str) -> Result<Accepted, FileRefusal> {
    documents::accept(received(fixture(file), name), UploadLimits::default()).await
}

/// The fixture `file` sent under its own name.
async fn send(file: &str) -> Result<Accepted, FileRefusal> {
    send_as(file, file).await
}

/// The text read from an accepted fixture.
fn text_of(accepted: &Accepted) -> &str {
    accepted.text.as_deref().unwrap()
}

#[tokio::test]
async fn a_pdf_is_read_page_by_page() {
    let pdf = send("position.pdf").await.unwrap();
    assert_eq!(pdf.kind, FileKind::Pdf);
    assert_eq!(pdf.pages, Some(2));
    let text = text_of(&pdf);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    assert!(
        lines.contains(&"Multistakeholder governance of the Internet."),
        "{text:?}"
    );
    assert!(
        lines.contains(&"Capacity building in developing countries."),
        "{text:?}"
    );
    let first = text.find(GOVERNANCE).unwrap();
    let second = text.find(CAPACITY).unwrap();
    assert!(first < second, "page 1 comes before page 2: {text:?}");
}

#[tokio::test]
async fn a_docx_keeps_its_paragraphs_tabs_and_ampersands() {
    let docx = send("position.docx").await.unwrap();
    assert_eq!(docx.kind, FileKind::Docx);
    assert_eq!(docx.pages, None);
    assert_eq!(
        text_of(&docx),
        "Position of the Ministry\n\
         Multistakeholder governance of the Internet is the model we support.\n\
         Priorities:\tSecurity & stability"
    );
}

#[tokio::test]
async fn an_odt_keeps_its_heading_and_accents() {
    let odt = send("position.odt").await.unwrap();
    assert_eq!(odt.kind, FileKind::Odt);
    assert_eq!(odt.pages, None);
    assert_eq!(
        text_of(&odt),
        "Position of the Ministry\n\
         Multistakeholder governance of the Internet is the model we support.\n\
         Gouvernance de l'Internet, été"
    );
}

#[tokio::test]
async fn text_files_are_read_in_every_script() {
    let markdown = send("notes.md").await.unwrap();
    assert_eq!(markdown.kind, FileKind::Markdown);
    let written = std::fs::read_to_string(fixture("notes.md")).unwrap();
    assert_eq!(text_of(&markdown), written, "Markdown is kept as written");

    // notes.txt starts with a byte-order mark and ends its lines with CRLF.
    let text = send("notes.txt").await.unwrap();
    assert_eq!(text.kind, FileKind::Text);
    let read = text_of(&text);
    assert!(
        read.starts_with("Notes on Internet governance"),
        "no byte-order mark: {read:?}"
    );
    assert!(!read.contains('\r'), "line ends are LF");
    for words in [GOVERNANCE, "حوكمة الإنترنت", "互联网治理"] {
        assert!(read.contains(words), "{words} in {read:?}");
        assert!(
            text_of(&markdown).contains(words),
            "{words} in the Markdown"
        );
    }
}

#[tokio::test]
async fn the_kind_comes_from_the_content_and_the_name_only_labels_text() {
    let cases = [
        ("position.docx", "report.pdf", FileKind::Docx),
        ("position.pdf", "position.docx", FileKind::Pdf),
        ("position.odt", "position.txt", FileKind::Odt),
        ("notes.md", "notes.txt", FileKind::Text),
        ("notes.txt", "notes.md", FileKind::Markdown),
        ("notes.txt", "NOTES.MARKDOWN", FileKind::Markdown),
    ];
    for (file, name, kind) in cases {
        let accepted = send_as(file, name).await.map(|a| a.kind);
        assert_eq!(accepted, Ok(kind), "{file} sent as {name}");
    }
    // A harmless name does not let a hostile file in.
    let refused = send_as("javascript.pdf", "notes.txt").await.map(|a| a.kind);
    assert_eq!(refused, Err(FileRefusal::ActiveContent));
}

#[tokio::test]
async fn each_hostile_or_wrong_file_is_refused_for_its_own_reason() {
    let cases = [
        ("encrypted.pdf", FileRefusal::Encrypted),
        ("javascript.pdf", FileRefusal::ActiveContent),
        ("polyglot.pdf", FileRefusal::ActiveContent),
        ("protected.docx", FileRefusal::Encrypted),
        ("macros.docm", FileRefusal::Macros),
        ("program.pdf", FileRefusal::UnknownType),
        ("empty.txt", FileRefusal::Empty),
        ("not-a-document.zip", FileRefusal::UnknownType),
        ("spreadsheet.xlsx", FileRefusal::UnknownType),
        ("broken.pdf", FileRefusal::Malformed),
    ];
    for (file, refusal) in cases {
        let result = send(file).await.map(|a| a.kind);
        assert_eq!(result, Err(refusal), "{file}");
    }
}

#[tokio::test]
async fn a_file_of_the_limit_is_accepted_and_one_byte_more_is_refused() {
    let dir = common::scratch_folder("documents-limit");
    let limits = UploadLimits {
        max_file: 1000,
        max_files: 1,
    };
    let at_limit = dir.join("at-limit.txt");
    std::fs::write(&at_limit, "a".repeat(1000)).unwrap();
    let accepted = documents::accept(received(at_limit, "at-limit.txt"), limits)
        .await
        .unwrap();
    assert_eq!(accepted.kind, FileKind::Text);
    assert_eq!(accepted.received.size, 1000);
    assert_eq!(text_of(&accepted), "a".repeat(1000));

    let over = dir.join("over.txt");
    std::fs::write(&over, "a".repeat(1001)).unwrap();
    let refused = documents::accept(received(over, "over.txt"), limits).await;
    assert_eq!(
        refused.map(|a| a.kind),
        Err(FileRefusal::TooLarge { max: 1000 })
    );
}

/// The members a DOCX must have, so that only the bomb part differs from a document.
const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

fn zip_writer(path: &Path) -> ZipWriter<std::io::BufWriter<std::fs::File>> {
    ZipWriter::new(std::io::BufWriter::new(
        std::fs::File::create(path).unwrap(),
    ))
}

#[tokio::test]
async fn a_docx_that_inflates_to_300_megabytes_is_refused() {
    let dir = common::scratch_folder("documents-bomb");
    let path = dir.join("bomb.docx");
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut zip = zip_writer(&path);
    zip.start_file("[Content_Types].xml", deflated).unwrap();
    zip.write_all(CONTENT_TYPES.as_bytes()).unwrap();
    zip.start_file("word/document.xml", deflated).unwrap();
    // 300 MB of zeros, a megabyte at a time: the test never holds them all.
    let megabyte = vec![0u8; 1024 * 1024];
    for _ in 0..300 {
        zip.write_all(&megabyte).unwrap();
    }
    zip.finish().unwrap().flush().unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size < 1024 * 1024, "a bomb is small: {size} bytes");

    let refused = documents::accept(received(path, "bomb.docx"), UploadLimits::default()).await;
    assert_eq!(
        refused.map(|a| a.kind),
        Err(FileRefusal::TooManyBytesInside)
    );
}

#[tokio::test]
async fn an_archive_of_six_thousand_members_is_refused() {
    let dir = common::scratch_folder("documents-members");
    let path = dir.join("members.docx");
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let mut zip = zip_writer(&path);
    zip.start_file("[Content_Types].xml", stored).unwrap();
    zip.write_all(CONTENT_TYPES.as_bytes()).unwrap();
    zip.start_file("word/document.xml", stored).unwrap();
    zip.write_all(b"<w:document/>").unwrap();
    for i in 0..5_998 {
        zip.start_file(format!("word/media/{i}.txt"), stored)
            .unwrap();
        zip.write_all(b"x").unwrap();
    }
    zip.finish().unwrap().flush().unwrap();

    let refused = documents::accept(received(path, "members.docx"), UploadLimits::default()).await;
    assert_eq!(
        refused.map(|a| a.kind),
        Err(FileRefusal::TooManyBytesInside)
    );
}

#[tokio::test]
async fn a_file_name_becomes_a_harmless_label() {
    let name = documents::safe_name("../../etc/passwd\u{0}.pdf");
    assert_eq!(name, "passwd.pdf");
    let accepted = send_as("position.pdf", "../../etc/passwd\u{0}.pdf")
        .await
        .unwrap();
    assert_eq!(accepted.received.name, "passwd.pdf");
    assert_eq!(accepted.received.path, fixture("position.pdf"));
}
