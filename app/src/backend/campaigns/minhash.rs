//! MinHash signatures of a comment's 3-word shingles and of its [`skeleton`]'s shingles,
//! their bands, and how alike two comments are.

use super::skeleton;
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

const SIGNATURE_LEN: usize = 64;
const BANDS: usize = 32;
const ROWS: usize = SIGNATURE_LEN / BANDS;
/// The share of equal signature values from which two comments are near-identical.
pub const THRESHOLD: f64 = 0.5;
/// A skeleton's signature is twice as long: two letters of one template share a third of
/// their skeleton shingles, two letters in their own words at most a seventh (measured on
/// the fixtures of `tests/campaign_templates.rs`), and 128 values tell those apart with a
/// standard error near 0.04 where 64 would give 0.06.
const SKELETON_LEN: usize = 128;
/// The skeleton's bands are cut from its first 64 values, 2 a band as the words' are: a
/// pair sharing 30 % of its skeleton shingles shares a band 95 times in 100.
const SKELETON_BANDED: usize = 64;
/// The share of equal skeleton values from which two letters come from one template.
pub const SKELETON_THRESHOLD: f64 = 0.28;

pub type Signature = [u32; SIGNATURE_LEN];
pub type Skeleton = [u32; SKELETON_LEN];

/// The comment's words, lower-cased, letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The MinHash signature of a text's 3-word shingles (its words, when it has fewer).
pub fn signature(text: &str) -> Signature {
    let words = words(text);
    let shingles: Vec<String> = if words.len() < 3 {
        words
    } else {
        words.windows(3).map(|w| w.join(" ")).collect()
    };
    minhash(&shingles)
}

/// The MinHash signature of a set of shingles, `N` values long.
///
/// Each shingle is hashed once (xxh3); the `N` hash functions are that hash offset by a
/// different odd multiple of the golden ratio and mixed with MurmurHash3's 64-bit
/// finaliser, which is far cheaper than `N` seeded hashes of the text and as good for
/// MinHash.
fn minhash<const N: usize>(shingles: &[String]) -> [u32; N] {
    let mut sig = [u32::MAX; N];
    for shingle in shingles {
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
pub fn similarity<const N: usize>(a: &[u32; N], b: &[u32; N]) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / N as f64
}

/// One key per band: the band's number and its values, hashed.
pub fn band_keys(sig: &Signature) -> Vec<i64> {
    keys_of(sig, ROWS, 0)
}

/// The keys of a skeleton's bands, seeded apart from the words' so that the two never meet
/// in the bands' index.
fn skeleton_keys(sig: &Skeleton) -> Vec<i64> {
    keys_of(&sig[..SKELETON_BANDED], ROWS, BANDS as u64)
}

fn keys_of(sig: &[u32], rows: usize, seed: u64) -> Vec<i64> {
    sig.chunks(rows)
        .zip(seed..)
        .map(|(values, seed)| {
            let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
            xxh3_64_with_seed(&bytes, seed) as i64
        })
        .collect()
}

/// A text's signatures and band keys, computed ahead of its writing (an import's rows).
#[derive(Clone, Debug)]
pub struct Signed {
    pub(super) sigs: Signatures,
    pub(super) keys: Vec<i64>,
}

impl Signed {
    pub fn of(text: &str) -> Self {
        let sig = signature(text);
        let skeleton = skeleton::shingles(text).map(|s| minhash(&s));
        let mut keys = band_keys(&sig);
        keys.extend(skeleton.as_ref().map(skeleton_keys).unwrap_or_default());
        Self {
            sigs: Signatures { sig, skeleton },
            keys,
        }
    }
}

/// A comment's signatures: its words', and its skeleton's when it is long enough to have
/// one. Stored as the words' 64 values in hexadecimal, then the skeleton's; rows written
/// before skeletons existed have the words' only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signatures {
    pub(super) sig: Signature,
    pub(super) skeleton: Option<Skeleton>,
}

impl Signatures {
    /// Whether two comments are copies of each other: near-identical words, or one
    /// template's skeleton.
    pub(super) fn alike(&self, other: &Signatures) -> bool {
        similarity(&self.sig, &other.sig) >= THRESHOLD
            || matches!((&self.skeleton, &other.skeleton),
                (Some(a), Some(b)) if similarity(a, b) >= SKELETON_THRESHOLD)
    }

    pub(super) fn encode(&self) -> String {
        let mut text = encode(&self.sig);
        if let Some(skeleton) = &self.skeleton {
            text.push_str(&encode(skeleton));
        }
        text
    }

    pub(super) fn decode(text: &str) -> Option<Self> {
        let words = text.get(..SIGNATURE_LEN * 8)?;
        let skeleton = match text.get(SIGNATURE_LEN * 8..)? {
            "" => None,
            rest => Some(decode::<SKELETON_LEN>(rest)?),
        };
        Some(Self {
            sig: decode(words)?,
            skeleton,
        })
    }
}

fn encode(sig: &[u32]) -> String {
    sig.iter().map(|v| format!("{v:08x}")).collect()
}

fn decode<const N: usize>(text: &str) -> Option<[u32; N]> {
    let mut sig = [0u32; N];
    if text.len() != N * 8 {
        return None;
    }
    for (i, slot) in sig.iter_mut().enumerate() {
        *slot = u32::from_str_radix(text.get(i * 8..i * 8 + 8)?, 16).ok()?;
    }
    Some(sig)
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
        assert_eq!(decode::<64>("zz"), None);
        let long = [LETTER, LETTER, LETTER].join(" ");
        for text in [LETTER, long.as_str()] {
            let sigs = Signed::of(text).sigs;
            assert_eq!(Signatures::decode(&sigs.encode()), Some(sigs));
        }
        assert!(Signed::of(&long).sigs.skeleton.is_some());
        assert!(Signed::of("Short.").sigs.skeleton.is_none());
        assert_eq!(Signatures::decode(&"0".repeat(520)), None);
    }
}
