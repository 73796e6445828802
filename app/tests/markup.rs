//! User text reaches raw-text HTML contexts (`<textarea>`, `<title>`) only through their
//! one helper each: the source is searched for any other way in, and the helpers are given
//! hostile text, rendered and parsed back.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, reason = "a test fails when its set-up fails")]

use app::components::TextArea;
use leptos::prelude::*;
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every line of code (not comments) under `app/src` that contains `needle`, as
/// `file:line`, relative to `app/src`.
fn code_lines_with(needle: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            if !line.trim_start().starts_with("//") && line.contains(needle) {
                let name = file.strip_prefix(&root).unwrap().display().to_string();
                found.push(format!("{name}:{}", i + 1));
            }
        }
    }
    found
}

#[test]
fn textarea_is_written_only_by_the_textarea_component() {
    let found = code_lines_with("<textarea");
    assert!(
        found.iter().all(|l| l.starts_with("components/fields.rs:")),
        "a <textarea> outside components::TextArea (use TextArea): {found:?}"
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_page_title_has_one_formatter() {
    let found = code_lines_with("formatter=");
    assert_eq!(found.len(), 1, "one Title formatter (app.rs): {found:?}");
    assert!(found[0].starts_with("app.rs:"), "{found:?}");
}

const HOSTILE: &[&str] = &[
    "</textarea></form><form action=\"/api/change_account\" method=\"post\"><button>x</button>",
    "</TEXTAREA ><script>alert(1)</script>",
    "a &lt; b &amp; c < d > e \" ' `",
    "\nstarts with a line break",
    "\r\nand a CRLF",
    "<!-- </textarea> -->",
    "\u{202e}ecnarF \u{2067}x",
    "",
];

fn render_textarea(text: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        view! { <form><TextArea text=text.to_owned() attr:name="body" attr:rows="3" /></form> }
            .to_html()
    })
}

#[test]
fn a_textarea_holds_exactly_the_text_whatever_it_is() {
    let textarea = Selector::parse("textarea").unwrap();
    for text in HOSTILE {
        let html = render_textarea(text);
        let doc = Html::parse_document(&html);
        let fields: Vec<_> = doc.select(&textarea).collect();
        assert_eq!(fields.len(), 1, "{html}");
        assert_eq!(fields[0].value().attr("name"), Some("body"), "{html}");
        // The parser turns CR LF into LF, as a browser does before the form sends CRLF.
        let expected = text.replace("\r\n", "\n");
        assert_eq!(
            fields[0].text().collect::<String>(),
            expected,
            "the text as typed, not more, not less: {html}"
        );
        for injected in ["form form", "form + form", "script", "button"] {
            let selector = Selector::parse(injected).unwrap();
            assert_eq!(doc.select(&selector).count(), 0, "{injected} in {html}");
        }
    }
}

#[test]
fn the_title_is_escaped_on_the_server_and_isolated() {
    let hostile = "T </title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">";
    let html = format!(
        "<html><head><title>{}</title></head><body></body></html>",
        app::page_title(hostile, "Consult")
    );
    let doc = Html::parse_document(&html);
    assert_eq!(
        doc.select(&Selector::parse("meta").unwrap()).count(),
        0,
        "{html}"
    );
    let title: String = doc
        .select(&Selector::parse("title").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(title, format!("\u{2068}{hostile}\u{2069} · Consult"));
    assert_eq!(app::page_title("", "Consult"), "Consult");
}
