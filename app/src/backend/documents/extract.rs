//! The text of an accepted file, for search, campaign detection, the desk and digests:
//! lopdf's text extraction for PDF (the first [`MAX_PAGES`] pages, each page's content
//! bounded), the paragraphs of a DOCX's `word/document.xml` or an ODT's `content.xml`
//! read with quick-xml, and text files as they are. At most [`MAX_TEXT`] characters.

use super::check::read_member;
use crate::domain::contributions::{FileKind, FileRefusal};
use quick_xml::events::Event;
use std::fs::File;
use std::io::{BufReader, Read as _};
use std::path::Path;

/// Pages read from a PDF; the rest of a longer one is still stored and downloadable.
pub const MAX_PAGES: u32 = 500;
/// Characters kept of a file's text.
pub const MAX_TEXT: usize = 1_000_000;
/// The most a page's content or a document's XML may inflate to while being read.
const MAX_XML: u64 = 64 * 1024 * 1024;

/// What reading a file gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Read {
    pub pages: Option<u32>,
    pub text: Option<String>,
}

/// Reads the text of a file already checked to be of `kind`.
pub fn text_of(path: &Path, kind: FileKind) -> Result<Read, FileRefusal> {
    match kind {
        FileKind::Pdf => pdf(path),
        FileKind::Docx => xml_member(path, "word/document.xml", &DOCX).map(text_only),
        FileKind::Odt => xml_member(path, "content.xml", &ODT).map(text_only),
        FileKind::Text | FileKind::Markdown => {
            // The first megabyte: as many characters as are kept of Latin text, a third of
            // that of Chinese; a larger file costs no more memory to read.
            let mut bytes = Vec::new();
            File::open(path)
                .and_then(|f| f.take(MAX_TEXT as u64).read_to_end(&mut bytes))
                .map_err(|_| FileRefusal::Malformed)?;
            let text = String::from_utf8_lossy(&bytes);
            Ok(text_only(
                text.trim_start_matches('\u{feff}').replace("\r\n", "\n"),
            ))
        }
    }
}

fn text_only(text: String) -> Read {
    Read {
        pages: None,
        text: Some(bounded(text)),
    }
}

fn bounded(text: String) -> String {
    match text.char_indices().nth(MAX_TEXT) {
        Some(_) => text.chars().take(MAX_TEXT).collect(),
        None => text,
    }
}

fn pdf(path: &Path) -> Result<Read, FileRefusal> {
    let doc = lopdf::Document::load(path).map_err(|_| FileRefusal::Malformed)?;
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    let read: Vec<u32> = pages.into_iter().take(MAX_PAGES as usize).collect();
    let text = doc
        .extract_text_chunks_with_limit(&read, MAX_XML as usize)
        .into_iter()
        .filter_map(Result::ok)
        .collect::<Vec<_>>()
        .join("\n");
    let text = text.trim();
    Ok(Read {
        pages: Some(count),
        // A scanned PDF has pages but no text: that is "text not extracted".
        text: (!text.is_empty()).then(|| bounded(text.to_owned())),
    })
}

/// The element names of a document format's XML that matter to its text.
struct Vocabulary {
    /// Elements whose text is the document's.
    text: &'static [&'static [u8]],
    /// Elements that end a paragraph.
    paragraph: &'static [&'static [u8]],
    /// Empty elements that stand for a tab, a line break or a space.
    tab: &'static [&'static [u8]],
    line_break: &'static [&'static [u8]],
    space: &'static [&'static [u8]],
}

const DOCX: Vocabulary = Vocabulary {
    text: &[b"w:t"],
    paragraph: &[b"w:p"],
    tab: &[b"w:tab"],
    line_break: &[b"w:br", b"w:cr"],
    space: &[],
};

/// ODT: text is in paragraphs and headings at any depth (spans, links), so every text
/// event inside one counts.
const ODT: Vocabulary = Vocabulary {
    text: &[b"text:p", b"text:h"],
    paragraph: &[b"text:p", b"text:h"],
    tab: &[b"text:tab"],
    line_break: &[b"text:line-break"],
    space: &[b"text:s"],
};

fn xml_member(path: &Path, member: &str, words: &Vocabulary) -> Result<String, FileRefusal> {
    let file = File::open(path).map_err(|_| FileRefusal::Malformed)?;
    let mut archive =
        zip::ZipArchive::new(BufReader::new(file)).map_err(|_| FileRefusal::Malformed)?;
    let xml = read_member(&mut archive, member, MAX_XML)?;
    Ok(text_of_xml(&xml, words))
}

fn text_of_xml(xml: &str, words: &Vocabulary) -> String {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    // How many text-bearing elements are open around the current event.
    let mut inside = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                if words.text.contains(&e.name().as_ref()) {
                    inside += 1;
                }
            }
            Ok(Event::Empty(e)) => {
                let name = e.name();
                let name = name.as_ref();
                if words.tab.contains(&name) {
                    out.push('\t');
                } else if words.line_break.contains(&name) {
                    out.push('\n');
                } else if words.space.contains(&name) {
                    out.push(' ');
                } else if words.paragraph.contains(&name) {
                    out.push('\n');
                }
            }
            Ok(Event::Text(e)) if inside > 0 => {
                if let Ok(text) = e.decode() {
                    out.push_str(&text);
                }
            }
            Ok(Event::GeneralRef(e)) if inside > 0 => {
                if let Ok(Some(c)) = e.resolve_char_ref() {
                    out.push(c);
                } else if let Ok(name) = e.decode() {
                    out.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Ok(Event::End(e)) => {
                let name = e.name();
                let name = name.as_ref();
                if words.text.contains(&name) {
                    inside = inside.saturating_sub(1);
                }
                if words.paragraph.contains(&name) {
                    out.push('\n');
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        if out.len() > MAX_TEXT * 4 {
            break;
        }
    }
    bounded(out.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docx_paragraphs_tabs_and_entities_come_out_as_text() {
        let xml = r#"<w:document><w:body><w:p><w:r><w:t>Internet &amp; governance</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">is </w:t></w:r><w:r><w:t>shared.</w:t></w:r></w:p><w:p><w:r><w:t>Second &#233;t&#xE9;</w:t></w:r></w:p><w:sectPr><w:pgSz/></w:sectPr></w:body></w:document>"#;
        assert_eq!(
            text_of_xml(xml, &DOCX),
            "Internet & governance\tis shared.\nSecond été"
        );
    }

    #[test]
    fn odt_text_is_read_at_any_depth_inside_paragraphs() {
        let xml = r#"<office:document-content><office:body><office:text><text:h>Title</text:h><text:p>One<text:s/><text:span>two</text:span><text:line-break/>three</text:p><table:table><table:table-row><table:table-cell><text:p>cell</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>"#;
        assert_eq!(text_of_xml(xml, &ODT), "Title\nOne two\nthree\ncell");
    }

    #[test]
    fn text_is_cut_at_the_bound_on_a_character() {
        let long = "é".repeat(MAX_TEXT + 10);
        assert_eq!(bounded(long).chars().count(), MAX_TEXT);
    }
}
