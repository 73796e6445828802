//! The skeleton of a letter: what stays when a template's synonym slots are filled in
//! differently.
//!
//! A template campaign writes each letter by picking one of several synonymous phrases in
//! each of dozens of slots ("I urge / encourage / ask the Working Group to keep / retain /
//! preserve …"): two letters then share almost no 3-word shingles, yet the words that
//! hold the sentences together — articles, prepositions, pronouns, auxiliaries — and the
//! sentence breaks come in the same order. The skeleton keeps those function words (NLTK's
//! lists of the six languages, through the `stop-words` crate), writes `_` for each run of
//! other words and `.` for each end of sentence: "I _ the _ to _ the _ ." Its 4-token
//! shingles are MinHashed as the words are ([`super::minhash`]).
//!
//! Chinese is written without spaces: each Han character is a token, and the
//! one-character function words of the Chinese list are kept.

use crate::backend::function_words::{is_function_word, is_han};
use std::collections::HashSet;

/// How many skeleton tokens a shingle holds: long enough that two letters in their own
/// words rarely share one ("_ of the _" alone is common), short enough that a slot filled
/// differently breaks few of them.
const SHINGLE: usize = 4;

/// The fewest shingles a skeleton needs to be compared: a short comment's skeleton ("I _
/// the _ .") is shared by countless others, and a template letter is long.
pub const FEWEST_SHINGLES: usize = 24;

/// A token of the skeleton.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bone {
    /// A function word, as written (lower case).
    Word(String),
    /// One run of other words: a slot of the template, or its fixed content words.
    Slot,
    /// A number.
    Number,
    /// The end of a sentence.
    Stop,
}

fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '。' | '！' | '？' | '؟' | ';' | '；' | '\n'
    )
}

/// The skeleton of a text.
pub fn bones(text: &str) -> Vec<Bone> {
    let mut bones: Vec<Bone> = Vec::new();
    let mut push = |bone: Bone| {
        let repeated = matches!(
            (bones.last(), &bone),
            (Some(Bone::Slot), Bone::Slot) | (Some(Bone::Stop), Bone::Stop) | (None, Bone::Stop)
        );
        if !repeated {
            bones.push(bone);
        }
    };
    let mut word = String::new();
    let flush = |word: &mut String, push: &mut dyn FnMut(Bone)| {
        if word.is_empty() {
            return;
        }
        let lower = word.to_lowercase();
        if lower.chars().all(|c| c.is_numeric()) {
            push(Bone::Number);
        } else if is_function_word(&lower) {
            push(Bone::Word(lower));
        } else {
            push(Bone::Slot);
        }
        word.clear();
    };
    for c in text.chars() {
        if is_han(c) {
            flush(&mut word, &mut push);
            let mut one = [0u8; 4];
            let han: &str = c.encode_utf8(&mut one);
            if is_function_word(han) {
                push(Bone::Word(han.to_owned()));
            } else {
                push(Bone::Slot);
            }
        } else if c.is_alphanumeric() || c == '\'' || c == '’' {
            word.push(c);
        } else {
            flush(&mut word, &mut push);
            if ends_sentence(c) {
                push(Bone::Stop);
            }
        }
    }
    flush(&mut word, &mut push);
    bones
}

/// The skeleton's shingles, each as one string ("i _ the _"), or `None` when the skeleton
/// is too short to tell a template from a coincidence.
pub fn shingles(text: &str) -> Option<Vec<String>> {
    let words: Vec<String> = bones(text).iter().map(written).collect();
    let shingles: Vec<String> = words.windows(SHINGLE).map(|w| w.join(" ")).collect();
    let distinct: HashSet<&String> = shingles.iter().collect();
    (distinct.len() >= FEWEST_SHINGLES).then_some(shingles)
}

fn written(bone: &Bone) -> String {
    match bone {
        Bone::Word(w) => w.clone(),
        Bone::Slot => "_".to_owned(),
        Bone::Number => "#".to_owned(),
        Bone::Stop => ".".to_owned(),
    }
}

/// The skeleton as a person reads it on the desk: function words, `…` for each slot, and
/// sentence ends.
pub fn shown(text: &str) -> String {
    let mut out = String::new();
    for bone in bones(text) {
        match bone {
            Bone::Stop => out.push_str(" ·"),
            other => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(match &other {
                    Bone::Word(w) => w,
                    Bone::Number => "#",
                    _ => "…",
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_filled_differently_leave_one_skeleton() {
        let a = "I urge the Working Group to keep the root zone under its present oversight.";
        let b =
            "I implore the Working Group to preserve the root zone under its current stewardship.";
        assert_eq!(bones(a), bones(b));
        assert_eq!(
            shown(a),
            "i … the … to … the … under its … ·",
            "function words kept, each run of other words one slot"
        );
    }

    #[test]
    fn numbers_and_sentence_ends_are_kept() {
        assert_eq!(
            bones("See paragraph 12. Then stop!"),
            vec![
                Bone::Slot,
                Bone::Number,
                Bone::Stop,
                Bone::Word("then".into()),
                Bone::Slot,
                Bone::Stop
            ]
        );
    }

    #[test]
    fn every_language_has_function_words() {
        for (text, word) in [
            ("Nous demandons que le groupe de travail", "le"),
            ("Pedimos que el grupo de trabajo", "el"),
            ("Мы просим, чтобы рабочая группа", "чтобы"),
            ("نطلب من الفريق العامل أن", "من"),
            ("我们希望工作组的报告", "的"),
        ] {
            assert!(
                bones(text).contains(&Bone::Word(word.to_owned())),
                "{text}: {:?}",
                bones(text)
            );
        }
    }

    #[test]
    fn a_short_comment_has_no_skeleton_to_compare() {
        assert!(shingles("I agree with the paper.").is_none());
    }
}
