//! A comment's terms and the corpus's TF-IDF vectors.
//!
//! Terms are the words that are not function words of any of the six languages, reduced to
//! their stem by the Snowball stemmer of the comment's language (English, French, Spanish,
//! Russian, Arabic: `rust-stemmers`), so that "regulate", "regulation" and "regulating" are
//! one term; Chinese, written without spaces, gives its runs of Han characters as character
//! pairs. Numbers and one-letter words are left out. Each term keeps the word it was most
//! often written as, to be shown in labels.

use crate::backend::function_words::{is_function_word, is_han};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;

/// The stemmer of a language, by its code (`None`: Chinese, or no stemmer).
fn stemmer(language: &str) -> Option<Stemmer> {
    let algorithm = match language {
        "en" => Algorithm::English,
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "ru" => Algorithm::Russian,
        "ar" => Algorithm::Arabic,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// The terms of a text, each with the word it was written as.
pub fn terms(text: &str, language: &str) -> Vec<(String, String)> {
    let stemmer = stemmer(language);
    let mut out = Vec::new();
    let mut word = String::new();
    let mut han = String::new();
    let flush_word = |word: &mut String, out: &mut Vec<(String, String)>| {
        let lower = word.to_lowercase();
        word.clear();
        if lower.chars().count() < 2
            || lower.chars().all(|c| c.is_numeric())
            || is_function_word(&lower)
        {
            return;
        }
        let stem = stemmer
            .as_ref()
            .map_or_else(|| lower.clone(), |s| s.stem(&lower).into_owned());
        out.push((stem, lower));
    };
    let flush_han = |han: &mut String, out: &mut Vec<(String, String)>| {
        let chars: Vec<char> = han.chars().filter(|c| !is_function_char(*c)).collect();
        han.clear();
        if chars.len() == 1 {
            out.push((chars[0].to_string(), chars[0].to_string()));
        }
        for pair in chars.windows(2) {
            let pair: String = pair.iter().collect();
            out.push((pair.clone(), pair));
        }
    };
    for c in text.chars() {
        if is_han(c) {
            if !word.is_empty() {
                flush_word(&mut word, &mut out);
            }
            han.push(c);
        } else {
            if !han.is_empty() {
                flush_han(&mut han, &mut out);
            }
            if c.is_alphanumeric() {
                word.push(c);
            } else if !word.is_empty() {
                flush_word(&mut word, &mut out);
            }
        }
    }
    if !word.is_empty() {
        flush_word(&mut word, &mut out);
    }
    if !han.is_empty() {
        flush_han(&mut han, &mut out);
    }
    out
}

fn is_function_char(c: char) -> bool {
    let mut buf = [0u8; 4];
    is_function_word(c.encode_utf8(&mut buf))
}

/// A sparse vector: term indexes, increasing, and their weights.
pub type Sparse = Vec<(u32, f32)>;

/// The corpus's vocabulary and each document's TF-IDF vector (unit length; empty when it
/// has no term the corpus shares).
pub struct Vectors {
    pub vectors: Vec<Sparse>,
    /// Each term's stem and the word it was most often written as, by index.
    pub words: Vec<String>,
    /// Each document's raw term counts (for the themes' labels).
    pub counts: Vec<Vec<(u32, u32)>>,
}

/// TF-IDF over the documents' terms: a term counts when at least two documents have it
/// (one that only one comment uses groups nothing), and not when more than half have it
/// (it says nothing that tells them apart). Sublinear term frequency (1 + ln tf), smooth
/// inverse document frequency (ln((1 + n) / (1 + df)) + 1), as scikit-learn does.
///
/// The documents' terms are read one document at a time and kept as numbers, so that
/// 100,000 comments hold a few hundred bytes each, not their words.
pub fn vectors(documents: impl IntoIterator<Item = Vec<(String, String)>>) -> Vectors {
    // Every stem gets a number; each keeps how often it was written each way.
    let mut number: HashMap<String, u32> = HashMap::new();
    let mut forms: Vec<HashMap<String, u32>> = Vec::new();
    let mut docs: Vec<Vec<(u32, u32)>> = Vec::new();
    for terms in documents {
        let mut tf: HashMap<u32, u32> = HashMap::new();
        for (stem, word) in terms {
            let next = number.len() as u32;
            let id = *number.entry(stem).or_insert(next);
            if id == next {
                forms.push(HashMap::new());
            }
            *forms[id as usize].entry(word).or_default() += 1;
            *tf.entry(id).or_default() += 1;
        }
        let mut count: Vec<(u32, u32)> = tf.into_iter().collect();
        count.sort_unstable();
        docs.push(count);
    }
    let n = docs.len();
    let mut df = vec![0usize; forms.len()];
    for doc in &docs {
        for &(id, _) in doc {
            df[id as usize] += 1;
        }
    }
    let most = if n >= 10 { n / 2 } else { n };
    let mut stems: Vec<(&String, u32)> = number.iter().map(|(s, &id)| (s, id)).collect();
    stems.retain(|&(_, id)| df[id as usize] >= 2 && df[id as usize] <= most.max(2));
    stems.sort_unstable();
    // Kept terms are numbered again, in stem order, so that the same comments give the
    // same vocabulary whatever order the hash map keeps.
    let mut index: Vec<Option<u32>> = vec![None; forms.len()];
    for (i, &(_, id)) in stems.iter().enumerate() {
        index[id as usize] = Some(i as u32);
    }
    let idf: Vec<f32> = stems
        .iter()
        .map(|&(_, id)| ((1.0 + n as f32) / (1.0 + df[id as usize] as f32)).ln() + 1.0)
        .collect();
    let words = stems
        .iter()
        .map(|&(_, id)| {
            forms[id as usize]
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(w, _)| w.clone())
                .unwrap_or_default()
        })
        .collect();
    let mut vectors = Vec::with_capacity(n);
    let mut counts = Vec::with_capacity(n);
    for doc in docs {
        let mut count: Vec<(u32, u32)> = doc
            .into_iter()
            .filter_map(|(id, tf)| index[id as usize].map(|i| (i, tf)))
            .collect();
        count.sort_unstable();
        let mut vector: Sparse = count
            .iter()
            .map(|&(i, tf)| (i, (1.0 + (tf as f32).ln()) * idf[i as usize]))
            .collect();
        normalise(&mut vector);
        vectors.push(vector);
        count.shrink_to_fit();
        counts.push(count);
    }
    Vectors {
        vectors,
        words,
        counts,
    }
}

/// Scales a vector to unit length (an empty one stays empty).
pub fn normalise(vector: &mut Sparse) {
    let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in vector.iter_mut() {
            *w /= norm;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str, language: &str) -> Vec<String> {
        terms(text, language).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn function_words_go_and_words_are_stemmed() {
        assert_eq!(
            stems("The regulation of spam, regulating 2 senders", "en"),
            ["regul", "spam", "regul", "sender"]
        );
        assert_eq!(
            stems("Les adresses IP et la gouvernance", "fr")[0],
            "adress"
        );
        assert!(stems("Регулирование спама", "ru").contains(&"спам".to_owned()));
    }

    #[test]
    fn chinese_is_read_in_character_pairs() {
        assert_eq!(stems("垃圾邮件", "zh"), ["垃圾", "圾邮", "邮件"]);
    }

    #[test]
    fn a_term_of_one_document_is_not_in_the_vocabulary() {
        let v = vectors(
            ["spam filters", "spam laws", "root zone"]
                .iter()
                .map(|t| terms(t, "en")),
        );
        assert_eq!(v.words, ["spam"]);
        assert_eq!(v.vectors[0], [(0, 1.0)]);
        assert!(v.vectors[2].is_empty());
    }
}
