//! Names of countries and languages in each language: the catalogue's `country-XX` and
//! `language-xx` (CLDR's, see `cldr_names`).

use crate::domain::countries::Country;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The keys, made once: a name is then one lookup in the language's catalogue.
static KEYS: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
    crate::domain::countries::COUNTRIES
        .iter()
        .map(|c| (c.code, format!("country-{}", c.code)))
        .collect()
});

pub(super) fn name(index: usize, country: &Country) -> &'static str {
    KEYS.get(country.code)
        .map(|key| super::catalogue::text(index, key))
        .filter(|name| !name.is_empty())
        .unwrap_or(country.code)
}

static LANGUAGE_KEYS: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
    crate::domain::languages::DETECTABLE
        .iter()
        .map(|code| (*code, format!("language-{code}")))
        .collect()
});

/// The name of a language (one of `domain::languages::DETECTABLE`), in language `index`.
pub(super) fn language(index: usize, code: &str) -> Option<&'static str> {
    LANGUAGE_KEYS
        .get(code)
        .map(|key| super::catalogue::text(index, key))
        .filter(|name| !name.is_empty())
}
