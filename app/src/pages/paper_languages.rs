//! The languages a paper can be read in, over its text: its own, then its translations,
//! each named in its own language, the one shown marked; and, over a translation, a note
//! naming the original's language.

use crate::components::use_texts;
use crate::i18n::{Locale, language_name};
use leptos::prelude::*;

#[component]
pub fn PaperLanguages(
    /// The paper's own language first, then its translations' (codes).
    languages: Vec<String>,
    /// The language of the text shown.
    shown: String,
    /// The paper read in a language, at the same place.
    href: impl Fn(&str) -> String + 'static,
) -> impl IntoView {
    let t = use_texts();
    let page = expect_context::<Locale>();
    let original = languages.first().cloned().unwrap_or_default();
    let note = (shown != original).then(|| {
        let name = language_name(page, &original).unwrap_or(original.as_str());
        view! { <p class="notice translation-note">{(t.c.translation_note)(name)}</p> }
    });
    (languages.len() > 1).then(move || {
        let links = languages
            .into_iter()
            .enumerate()
            .map(|(i, code)| {
                let locale = Locale::from_code(&code);
                let name = locale.map_or_else(|| code.clone(), |l| l.endonym().to_owned());
                let dir = locale.map_or("auto", Locale::dir);
                let current = (code == shown).then_some("true");
                view! {
                    {(i > 0).then_some(" · ")}
                    <a
                        href=href(&code)
                        hreflang=code.clone()
                        lang=code.clone()
                        dir=dir
                        aria-current=current
                        class="paper-language"
                    >
                        {name}
                    </a>
                    {(i == 0).then(|| format!(" {}", t.c.original_mark))}
                }
            })
            .collect_view();
        view! {
            <nav class="paper-languages" aria-label=t.c.read_in>
                {t.c.read_in}
                " "
                {links}
            </nav>
            {note}
        }
    })
}
