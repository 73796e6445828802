//! How text that people typed is put into each context it reaches (HTML markup, a CSV
//! cell, Markdown, a line of the app's own words): one function per context, so that user
//! text is never markup, a formula or a direction override for what follows it.

use std::borrow::Cow;

/// Escapes text for HTML where the parser reads text, not markup: the children of
/// `<textarea>` and `<title>` (which the HTML parser decodes, so the reader sees exactly
/// the text) and any other raw-text child Leptos writes unescaped.
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The characters a spreadsheet reads as the start of a formula or a command (OWASP, "CSV
/// Injection"): `=`, `+`, `-`, `@`, tab and carriage return.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV cell of user text: one that a spreadsheet would read as a formula starts with a
/// `'` (docs/DECISIONS.md says how to strip it). Numbers the app writes are not passed here.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// User text for Markdown: every ASCII punctuation character is backslash-escaped (which
/// CommonMark allows for all of them), so that no emphasis, link, heading, list, table
/// cell, entity or HTML tag can start inside it. Line breaks become spaces: the caller
/// places the text on one line.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The explicit direction controls: embeddings and overrides (U+202A–U+202E) and isolates
/// (U+2066–U+2069). Right-to-left writing does not need them; the marks U+200E and U+200F,
/// which it may use, are not among them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// First-strong isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// User text set inside a line of the app's own words in a file (Markdown, DOCX, a CSV
/// cell that mixes both): between Unicode isolates, so that its direction, and any
/// override it holds, ends where it ends. A closing isolate the text did not open is
/// dropped, since it would end the isolation early; one the text opened and left open is
/// closed before the closing isolate of its own, which would otherwise close that one.
pub fn isolate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    out.push(FSI);
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            PDI if open == 0 => continue,
            PDI => open -= 1,
            _ => {}
        }
        out.push(c);
    }
    for _ in 0..=open {
        out.push(PDI);
    }
    out
}

/// The first `max` characters of a text, with "…" when there is more.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_cut_by_characters_and_says_when_there_is_more() {
        assert_eq!(excerpt("Gouvernance", 11), "Gouvernance");
        assert_eq!(excerpt("Gouvernance de l’Internet", 11), "Gouvernance…");
        assert_eq!(excerpt("حوكمة الإنترنت", 5), "حوكمة…");
    }

    #[test]
    fn html_text_escapes_what_ends_a_raw_text_element() {
        assert_eq!(
            html_text("a </textarea><form> & &lt;"),
            "a &lt;/textarea&gt;&lt;form&gt; &amp; &amp;lt;"
        );
    }

    #[test]
    fn csv_cells_that_start_a_formula_get_a_quote() {
        for hostile in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_cell(hostile), format!("'{hostile}"));
        }
        assert_eq!(csv_cell("plain = text"), "plain = text");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn markdown_text_escapes_punctuation_and_joins_lines() {
        assert_eq!(
            markdown_text("[x](javascript:alert(1))\n<b>"),
            "\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<b\\>"
        );
        assert_eq!(markdown_text("Ελληνικά العربية"), "Ελληνικά العربية");
    }

    #[test]
    fn isolates_wrap_the_text_and_drop_closings_it_did_not_open() {
        assert_eq!(isolate("a\u{202e}b"), "\u{2068}a\u{202e}b\u{2069}");
        assert_eq!(isolate("a\u{2069}b"), "\u{2068}ab\u{2069}");
        assert_eq!(
            isolate("\u{2067}a\u{2069}"),
            "\u{2068}\u{2067}a\u{2069}\u{2069}"
        );
        // An isolate left open is closed before the text's own closing isolate.
        assert_eq!(isolate("\u{2067}a"), "\u{2068}\u{2067}a\u{2069}\u{2069}");
        assert!(is_bidi_control('\u{202e}') && !is_bidi_control('\u{200f}'));
    }
}
