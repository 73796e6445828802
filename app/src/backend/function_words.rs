//! The function words of the six languages — articles, prepositions, pronouns, auxiliaries —
//! as one set: NLTK's lists through the `stop-words` crate (compiled in; docs/DECISIONS.md,
//! "Template letters by their skeleton"). A template letter's skeleton keeps them; a theme's
//! terms leave them out.

use std::collections::HashSet;
use std::sync::LazyLock;

static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    ["ar", "en", "es", "fr", "ru", "zh"]
        .iter()
        .filter_map(|code| stop_words::lookup(code))
        .flatten()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect()
});

/// Whether a lower-case word (or a Chinese character) is a function word of one of the six
/// languages.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(word)
}

/// Whether a character is a Han ideograph: Chinese is written without spaces, so each one is
/// read as a token of its own.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}
