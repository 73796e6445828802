//! Campaigns: near-identical comments on one paper (form letters, copy-paste campaigns).
//!
//! Each comment's words become 3-word shingles; a MinHash signature of 64 values estimates
//! the Jaccard similarity of two comments' shingle sets. Signatures are cut into 32 bands
//! of 2 values (locality-sensitive hashing): comments that share a band are candidates, and
//! a candidate whose signatures agree on at least half of the values joins the campaign.
//! A form letter sent with different greetings and signatures stays well above that (about
//! 0.66 for a short letter); two comments on the same subject in their own words share
//! almost no 3-word shingles (about 0.02).
//! Every sender is kept; a campaign only groups them.
//!
//! The [`minhash`] signatures and bands of a text; the placers' [`backlog`]; how a round's
//! comments are grouped and [`compare`]d with the paper's earlier ones; and how they are
//! [`place`]d in campaigns.

pub mod backlog;
pub mod compare;
pub mod minhash;
pub mod place;
pub mod skeleton;

pub use backlog::unplaced_count;
pub use place::{MOST_PER_ROUND, place_pending};

use minhash::Signed;

/// A written comment waiting for its place: its signatures and band keys.
#[derive(Clone, Debug)]
struct Unplaced {
    id: i64,
    paper_id: i64,
    signed: Signed,
}

impl Unplaced {
    fn new(id: i64, paper_id: i64, body: &str) -> Self {
        Self {
            id,
            paper_id,
            signed: Signed::of(body),
        }
    }
}

/// Why two comments of one campaign were grouped, as the desk shows it: `None` when their
/// words are near-identical, else the skeleton of `a` (a template's letters share it, or
/// are joined through others that do).
pub fn shared_skeleton(a: &str, b: &str) -> Option<String> {
    let (a_sigs, b_sigs) = (Signed::of(a).sigs, Signed::of(b).sigs);
    (minhash::similarity(&a_sigs.sig, &b_sigs.sig) < minhash::THRESHOLD).then(|| skeleton::shown(a))
}
