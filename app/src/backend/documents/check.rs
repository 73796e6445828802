//! What a file is, decided from its content alone: a PDF starts with `%PDF-`; DOCX and
//! ODT are zip archives with the members their standards require; text is UTF-8 without
//! binary bytes. Whatever the name or the browser says, anything else is refused, and so
//! are encrypted or password-protected documents, documents with macros, PDFs with
//! scripts or embedded files, and archives that would inflate past a bound.

use super::is_markdown_name;
use crate::domain::contributions::{FileKind, FileRefusal};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

/// The most a DOCX or ODT may hold once inflated, all members together.
pub const MAX_INFLATED: u64 = 100 * 1024 * 1024;
/// The most members an archive may have.
const MAX_MEMBERS: usize = 5_000;
/// The highest ratio of inflated to compressed size for a member of over a megabyte.
/// Text compresses about tenfold; a bomb compresses a thousandfold.
const MAX_RATIO: u64 = 200;

/// The first bytes of an OLE compound file: a Word file saved with a password (the DOCX
/// is then encrypted inside one), or the old binary `.doc`.
const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// What the file at `path` is, or why it is refused.
pub fn kind_of(path: &Path, name: &str) -> Result<FileKind, FileRefusal> {
    let mut head = [0u8; 8];
    let mut file = File::open(path).map_err(|_| FileRefusal::Malformed)?;
    let read = read_up_to(&mut file, &mut head);
    let head = head.get(..read).unwrap_or_default();
    if head.is_empty() {
        return Err(FileRefusal::Empty);
    }
    if head.starts_with(b"%PDF-") {
        check_pdf(path).map(|()| FileKind::Pdf)
    } else if head.starts_with(b"PK\x03\x04") {
        check_archive(path)
    } else if head.starts_with(&OLE) {
        Err(FileRefusal::Encrypted)
    } else {
        check_text(path)?;
        Ok(if is_markdown_name(name) {
            FileKind::Markdown
        } else {
            FileKind::Text
        })
    }
}

fn read_up_to(file: &mut File, buf: &mut [u8]) -> usize {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(buf.get_mut(filled..).unwrap_or_default()) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    filled
}

/// Plain text: valid UTF-8 (a byte-order mark allowed), and no control characters but
/// line breaks, tabs and form feeds: an executable or an image fails here. Read a block at
/// a time, so that a large text costs no more memory than a small one.
fn check_text(path: &Path) -> Result<(), FileRefusal> {
    let mut file = File::open(path).map_err(|_| FileRefusal::Malformed)?;
    let mut block = vec![0u8; 64 * 1024];
    // The bytes of a character cut at the end of the last block.
    let mut carried = 0usize;
    loop {
        let read = file
            .read(block.get_mut(carried..).unwrap_or_default())
            .map_err(|_| FileRefusal::Malformed)?;
        let filled = carried + read;
        let bytes = block.get(..filled).unwrap_or_default();
        let (text, rest) = match std::str::from_utf8(bytes) {
            Ok(text) => (text, 0),
            // A character cut by the block's end: checked with the next block.
            Err(e) if e.error_len().is_none() && read > 0 => {
                let valid = e.valid_up_to();
                let text = std::str::from_utf8(bytes.get(..valid).unwrap_or_default())
                    .map_err(|_| FileRefusal::UnknownType)?;
                (text, filled - valid)
            }
            Err(_) => return Err(FileRefusal::UnknownType),
        };
        if text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        {
            return Err(FileRefusal::UnknownType);
        }
        if read == 0 {
            return Ok(());
        }
        block.copy_within(filled - rest..filled, 0);
        carried = rest;
    }
}

/// Names in a PDF that run something, open something or carry another file.
const ACTIVE_NAMES: [&[u8]; 8] = [
    b"JavaScript",
    b"JS",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"XFA",
    b"SubmitForm",
];

/// A PDF that parses, is not encrypted, has no active content, and is not also a web page
/// (a "polyglot", which a browser that sniffed it would run).
fn check_pdf(path: &Path) -> Result<(), FileRefusal> {
    let bytes = std::fs::read(path).map_err(|_| FileRefusal::Malformed)?;
    if contains(&bytes, b"/Encrypt") {
        return Err(FileRefusal::Encrypted);
    }
    // Browsers sniff the first 512 bytes for markup; PDF readers find the header in the
    // first 1,024. A PDF that holds markup there is a polyglot.
    let lower_head: Vec<u8> = bytes
        .iter()
        .take(1024)
        .map(u8::to_ascii_lowercase)
        .collect();
    if [&b"<html"[..], b"<script", b"<body", b"<svg", b"<iframe"]
        .iter()
        .any(|tag| contains(&lower_head, tag))
    {
        return Err(FileRefusal::ActiveContent);
    }
    // `/JavaScript` anywhere, even in a stream lopdf could not parse (eleven bytes: no
    // compressed data holds them by chance); the shorter names are looked for in the
    // parsed objects only, where a compressed stream cannot fake them.
    if contains_name(&bytes, b"JavaScript") {
        return Err(FileRefusal::ActiveContent);
    }
    let doc = lopdf::Document::load_mem(&bytes).map_err(|_| FileRefusal::Malformed)?;
    if doc.is_encrypted() || doc.was_encrypted() {
        return Err(FileRefusal::Encrypted);
    }
    if doc.get_pages().is_empty() {
        return Err(FileRefusal::Malformed);
    }
    let active = doc.objects.values().any(|object| {
        let dict = match object {
            lopdf::Object::Dictionary(d) => d,
            lopdf::Object::Stream(s) => &s.dict,
            _ => return false,
        };
        dict.iter().any(|(key, value)| {
            ACTIVE_NAMES.contains(&key.as_slice())
                || matches!(value, lopdf::Object::Name(n) if ACTIVE_NAMES.contains(&n.as_slice()))
        })
    });
    if active {
        return Err(FileRefusal::ActiveContent);
    }
    Ok(())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether the PDF names `/name` as a whole name (followed by a delimiter), in its
/// uncompressed text.
fn contains_name(bytes: &[u8], name: &[u8]) -> bool {
    let mut pattern = Vec::with_capacity(name.len() + 1);
    pattern.push(b'/');
    pattern.extend_from_slice(name);
    bytes.windows(pattern.len() + 1).any(|w| {
        w.starts_with(&pattern)
            && w.last()
                .is_some_and(|b| b.is_ascii_whitespace() || b"/<>[]()%{}".contains(b))
    })
}

/// A DOCX or an ODT, by the members the archive holds; bounded in members and in what
/// they inflate to, with nothing encrypted and no macros.
fn check_archive(path: &Path) -> Result<FileKind, FileRefusal> {
    let file = File::open(path).map_err(|_| FileRefusal::Malformed)?;
    let mut archive =
        zip::ZipArchive::new(BufReader::new(file)).map_err(|_| FileRefusal::Malformed)?;
    if archive.len() > MAX_MEMBERS {
        return Err(FileRefusal::TooManyBytesInside);
    }
    let mut inflated = 0u64;
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let member = archive
            .by_index_raw(i)
            .map_err(|_| FileRefusal::Malformed)?;
        if member.encrypted() {
            return Err(FileRefusal::Encrypted);
        }
        let size = member.size();
        inflated = inflated.saturating_add(size);
        let ratio_too_high =
            size > 1024 * 1024 && size / member.compressed_size().max(1) > MAX_RATIO;
        if inflated > MAX_INFLATED || ratio_too_high {
            return Err(FileRefusal::TooManyBytesInside);
        }
        names.push(
            member
                .name()
                .map_err(|_| FileRefusal::Malformed)?
                .into_owned(),
        );
    }
    let has = |name: &str| names.iter().any(|n| n == name);
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    if lower.iter().any(|n| {
        n.ends_with("vbaproject.bin") || n.starts_with("basic/") || n.starts_with("scripts/")
    }) {
        return Err(FileRefusal::Macros);
    }
    if has("[Content_Types].xml") && has("word/document.xml") {
        let types = read_member(&mut archive, "[Content_Types].xml", 1024 * 1024)?;
        if types.to_ascii_lowercase().contains("macroenabled") {
            return Err(FileRefusal::Macros);
        }
        return Ok(FileKind::Docx);
    }
    if has("mimetype") && has("content.xml") {
        let mimetype = read_member(&mut archive, "mimetype", 256)?;
        if mimetype.trim() == "application/vnd.oasis.opendocument.text" {
            return Ok(FileKind::Odt);
        }
    }
    Err(FileRefusal::UnknownType)
}

/// A member of an archive as text, refused if it inflates past `max` bytes, whatever its
/// header declared.
pub(super) fn read_member<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    max: u64,
) -> Result<String, FileRefusal> {
    let member = archive.by_name(name).map_err(|_| FileRefusal::Malformed)?;
    let mut text = String::new();
    member
        .take(max + 1)
        .read_to_string(&mut text)
        .map_err(|_| FileRefusal::Malformed)?;
    if text.len() as u64 > max {
        return Err(FileRefusal::TooManyBytesInside);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_checked_across_blocks_whatever_cuts_a_character() {
        let dir = crate::backend::db::scratch_folder("check-text").unwrap_or_default();
        let path = dir.join("euros.txt");
        // Three bytes a character: a block of 65,536 bytes ends inside one.
        std::fs::write(&path, "€".repeat(50_000)).unwrap_or_default();
        assert_eq!(check_text(&path), Ok(()));
        let mut binary = "€".repeat(30_000).into_bytes();
        binary.push(0);
        std::fs::write(&path, binary).unwrap_or_default();
        assert_eq!(check_text(&path), Err(FileRefusal::UnknownType));
        let mut cut = "€".repeat(30_000).into_bytes();
        cut.pop();
        std::fs::write(&path, cut).unwrap_or_default();
        assert_eq!(
            check_text(&path),
            Err(FileRefusal::UnknownType),
            "a cut last character"
        );
    }
}
