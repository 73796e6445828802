//! The catalogues: the Fluent files of `app/locales/<language>/`, one bundle per language.
//!
//! Translators edit those files and never Rust (docs/DECISIONS.md, "Languages"). They are
//! compiled into the server; a page that hydrates carries its own language's files in a
//! `<script type="application/fluent">` ([`page_source`]), so the WASM holds no words and
//! each desk page brings one language, not six. A language is read the first time it is used:
//! every message without variables is formatted once and kept for the life of the process
//! (the `&'static str` fields of [`super::Texts`]); a message with variables is formatted
//! by Fluent at each use, with the language's CLDR plural rules. A message missing from a
//! language falls back to English; `i18n::tests` fails the build's tests before that can
//! happen.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::Entry;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The files of each language's folder, in the order they are read.
pub const FILES: [&str; 8] = [
    "main",
    "comments",
    "desk",
    "editor",
    "digest",
    "contributions",
    "mail",
    "names",
];

#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
macro_rules! folder {
    ($code:literal) => {
        [
            include_str!(concat!("../../locales/", $code, "/main.ftl")),
            include_str!(concat!("../../locales/", $code, "/comments.ftl")),
            include_str!(concat!("../../locales/", $code, "/desk.ftl")),
            include_str!(concat!("../../locales/", $code, "/editor.ftl")),
            include_str!(concat!("../../locales/", $code, "/digest.ftl")),
            include_str!(concat!("../../locales/", $code, "/contributions.ftl")),
            include_str!(concat!("../../locales/", $code, "/mail.ftl")),
            include_str!(concat!("../../locales/", $code, "/names.ftl")),
        ]
    };
}

/// The languages' codes, in the order of [`super::Locale`]'s index.
pub const CODES: [&str; 6] = ["en", "fr", "ar", "zh", "ru", "es"];

/// Each language's files, in the order of [`super::Locale`]'s index.
#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
pub const SOURCES: [(&str, [&str; 8]); 6] = [
    ("en", folder!("en")),
    ("fr", folder!("fr")),
    ("ar", folder!("ar")),
    ("zh", folder!("zh")),
    ("ru", folder!("ru")),
    ("es", folder!("es")),
];

/// One language's messages.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// The messages without variables, formatted once.
    plain: HashMap<String, &'static str>,
}

impl Catalogue {
    fn load(index: usize) -> Self {
        let code = CODES[index];
        // The codes are the six of `SOURCES`, each a valid language tag.
        let langid = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Unicode isolation marks keep a number or a reference in its own direction inside
        // right-to-left text; in left-to-right languages they would only be noise.
        bundle.set_use_isolating(super::Locale::from_index(index).is_rtl());
        // Whole numbers grouped as the language groups them.
        use super::numbers::formatter;
        bundle.set_formatter(Some(match index {
            1 => formatter::<1, _>,
            2 => formatter::<2, _>,
            3 => formatter::<3, _>,
            4 => formatter::<4, _>,
            5 => formatter::<5, _>,
            _ => formatter::<0, _>,
        }));
        let mut ids = Vec::new();
        for (file, source) in sources(index) {
            let resource =
                FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, errors)| {
                    log_problem(code, file, &format!("{errors:?}"));
                    r
                });
            ids.extend(resource.entries().filter_map(|entry| match entry {
                Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            }));
            if let Err(errors) = bundle.add_resource(resource) {
                log_problem(code, file, &format!("{errors:?}"));
            }
        }
        let mut plain = HashMap::new();
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(id, &*Box::leak(text.into_owned().into_boxed_str()));
            }
        }
        Self { bundle, plain }
    }

    /// The messages without variables, with their keys.
    pub fn plain(&self) -> impl Iterator<Item = (&str, &'static str)> {
        self.plain.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// Whether the language has this message.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    fn format(&self, key: &str, args: &FluentArgs) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        Some(text.into_owned())
    }
}

fn log_problem(code: &str, file: &str, problem: &str) {
    #[cfg(feature = "ssr")]
    tracing::error!(
        language = code,
        file,
        problem,
        "a catalogue file has errors"
    );
    #[cfg(not(feature = "ssr"))]
    let _ = (code, file, problem);
}

/// The files of a language, named.
#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
fn sources(index: usize) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES.into_iter().zip(SOURCES[index].1)
}

/// In the browser, the page's own language, from the page ([`page_source`]); no other.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn sources(index: usize) -> impl Iterator<Item = (&'static str, &'static str)> {
    std::iter::once(("page", page_source(index)))
}

/// In the browser, the catalogue the server put in the page, if it is language `index`'s.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn page_source(index: usize) -> &'static str {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PAGE_SOURCE_ID))
        .filter(|e| e.get_attribute("data-lang").as_deref() == Some(CODES[index]));
    let text = element.and_then(|e| e.text_content()).unwrap_or_default();
    Box::leak(text.into_boxed_str())
}

/// The `id` of the element that carries a hydrating page's catalogue.
pub const PAGE_SOURCE_ID: &str = "consult-catalogue";

/// All the files of a language as one Fluent text, for a page that hydrates. It holds no
/// `<` at all (a test says so), so it cannot end the script element that carries it.
#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
pub fn page_source(index: usize) -> &'static str {
    static JOINED: [LazyLock<String>; 6] = [
        LazyLock::new(|| SOURCES[0].1.join("\n")),
        LazyLock::new(|| SOURCES[1].1.join("\n")),
        LazyLock::new(|| SOURCES[2].1.join("\n")),
        LazyLock::new(|| SOURCES[3].1.join("\n")),
        LazyLock::new(|| SOURCES[4].1.join("\n")),
        LazyLock::new(|| SOURCES[5].1.join("\n")),
    ];
    &JOINED[index]
}

static CATALOGUES: [LazyLock<Catalogue>; 6] = [
    LazyLock::new(|| Catalogue::load(0)),
    LazyLock::new(|| Catalogue::load(1)),
    LazyLock::new(|| Catalogue::load(2)),
    LazyLock::new(|| Catalogue::load(3)),
    LazyLock::new(|| Catalogue::load(4)),
    LazyLock::new(|| Catalogue::load(5)),
];

/// A language's catalogue, read the first time it is asked for.
pub fn catalogue(index: usize) -> &'static Catalogue {
    &CATALOGUES[index]
}

/// A message without variables, in language `index` (English if it lacks it).
pub fn text(index: usize, key: &str) -> &'static str {
    catalogue(index)
        .plain
        .get(key)
        .or_else(|| catalogue(0).plain.get(key))
        .copied()
        .unwrap_or("")
}

/// A message with variables, in language `index` (English if it lacks it).
pub fn format(index: usize, key: &str, args: &FluentArgs) -> String {
    catalogue(index)
        .format(key, args)
        .or_else(|| catalogue(0).format(key, args))
        .unwrap_or_default()
}
