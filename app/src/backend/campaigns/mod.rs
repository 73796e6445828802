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

pub use backlog::unplaced_count;
pub use place::{MOST_PER_ROUND, place_pending};

use minhash::{BANDS, Signature, Signed};

/// A written comment waiting for its place: its signature and band keys.
#[derive(Clone, Debug)]
struct Unplaced {
    id: i64,
    paper_id: i64,
    sig: Signature,
    keys: [i64; BANDS],
}

impl Unplaced {
    fn new(id: i64, paper_id: i64, body: &str) -> Self {
        let Signed { sig, keys } = Signed::of(body);
        Self {
            id,
            paper_id,
            sig,
            keys,
        }
    }
}
