//! MinHash signatures of a comment's 3-word shingles, their bands, and how alike two are.

use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

const SIGNATURE_LEN: usize = 64;
pub(super) const BANDS: usize = 32;
const ROWS: usize = SIGNATURE_LEN / BANDS;
/// The share of equal signature values from which two comments are near-identical.
pub const THRESHOLD: f64 = 0.5;

pub type Signature = [u32; SIGNATURE_LEN];

/// The comment's words, lower-cased, letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The MinHash signature of a text's 3-word shingles (its words, when it has fewer).
///
/// Each shingle is hashed once (xxh3); the 64 hash functions are that hash offset by a
/// different odd multiple of the golden ratio and mixed with MurmurHash3's 64-bit
/// finaliser, which is far cheaper than 64 seeded hashes of the text and as good for
/// MinHash.
pub fn signature(text: &str) -> Signature {
    let words = words(text);
    let shingles: Vec<String> = if words.len() < 3 {
        words
    } else {
        words.windows(3).map(|w| w.join(" ")).collect()
    };
    let mut sig = [u32::MAX; SIGNATURE_LEN];
    for shingle in &shingles {
        let base = xxh3_64(shingle.as_bytes());
        for (i, slot) in sig.iter_mut().enumerate() {
            let h = mix(base.wrapping_add(GOLDEN.wrapping_mul(2 * i as u64 + 1)));
            let h = (h >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

/// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The share of positions where two signatures agree: an estimate of Jaccard similarity.
pub fn similarity(a: &Signature, b: &Signature) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / SIGNATURE_LEN as f64
}

/// One key per band: the band's number and its values, hashed.
pub fn band_keys(sig: &Signature) -> [i64; BANDS] {
    let mut keys = [0i64; BANDS];
    for (band, key) in keys.iter_mut().enumerate() {
        let mut bytes = Vec::with_capacity(ROWS * 4);
        for value in &sig[band * ROWS..(band + 1) * ROWS] {
            bytes.extend_from_slice(&value.to_le_bytes());
        }
        *key = xxh3_64_with_seed(&bytes, band as u64) as i64;
    }
    keys
}

pub(super) fn encode(sig: &Signature) -> String {
    sig.iter().map(|v| format!("{v:08x}")).collect()
}

pub(super) fn decode(text: &str) -> Option<Signature> {
    let mut sig = [0u32; SIGNATURE_LEN];
    if text.len() != SIGNATURE_LEN * 8 {
        return None;
    }
    for (i, slot) in sig.iter_mut().enumerate() {
        *slot = u32::from_str_radix(text.get(i * 8..i * 8 + 8)?, 16).ok()?;
    }
    Some(sig)
}

/// A text's signature and band keys, computed ahead of its writing (an import's rows).
#[derive(Clone, Debug)]
pub struct Signed {
    pub(super) sig: Signature,
    pub(super) keys: [i64; BANDS],
}

impl Signed {
    pub fn of(text: &str) -> Self {
        let sig = signature(text);
        Self {
            keys: band_keys(&sig),
            sig,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER: &str = "We the undersigned call on the Working Group to keep the root zone under the present arrangements, which have served the Internet well and have kept it stable and secure for all its users around the world.";

    #[test]
    fn a_form_letter_with_a_signature_line_is_near_identical() {
        let signed = format!("{LETTER}\n\nMaria Gonzalez, Quito");
        let s = similarity(&signature(LETTER), &signature(&signed));
        assert!(s >= THRESHOLD, "{s}");
        // Case, punctuation and line breaks do not matter.
        let shouted = LETTER.to_uppercase().replace(',', "");
        assert_eq!(similarity(&signature(LETTER), &signature(&shouted)), 1.0);
    }

    #[test]
    fn the_same_letter_with_other_greetings_and_names_is_one_campaign() {
        let a = format!(
            "Dear members of the Working Group,\n\n{LETTER}\n\nYours faithfully,\nMaria Gonzalez"
        );
        let b = format!("To the WGIG secretariat:\n\n{LETTER}\n\nKind regards, John Smith, Lagos");
        let s = similarity(&signature(&a), &signature(&b));
        assert!(s >= THRESHOLD, "{s}");
        assert!(
            band_keys(&signature(&a))
                .iter()
                .zip(&band_keys(&signature(&b)))
                .any(|(x, y)| x == y)
        );
    }

    #[test]
    fn different_comments_on_the_same_subject_are_not() {
        let other = "The root zone should move to an international body in which all governments take part, with the technical operation left to those who run it.";
        let s = similarity(&signature(LETTER), &signature(other));
        assert!(s < 0.2, "{s}");
    }

    #[test]
    fn near_identical_comments_share_a_band() {
        let edited = LETTER.replace("served", "truly served");
        let a = band_keys(&signature(LETTER));
        let b = band_keys(&signature(&edited));
        assert!(a.iter().zip(&b).any(|(x, y)| x == y));
    }

    #[test]
    fn signatures_survive_storage() {
        let sig = signature(LETTER);
        assert_eq!(decode(&encode(&sig)), Some(sig));
        assert_eq!(decode("zz"), None);
    }
}
