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

use super::OrInternal;
use super::entities::{campaign, campaign_member, comment_band, comment_signature};
use crate::domain::AppError;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use std::collections::BTreeSet;
use xxhash_rust::xxh3::xxh3_64_with_seed;

const SIGNATURE_LEN: usize = 64;
const BANDS: usize = 32;
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
pub fn signature(text: &str) -> Signature {
    let words = words(text);
    let shingles: Vec<String> = if words.len() < 3 {
        words
    } else {
        words.windows(3).map(|w| w.join(" ")).collect()
    };
    let mut sig = [u32::MAX; SIGNATURE_LEN];
    for shingle in &shingles {
        for (i, slot) in sig.iter_mut().enumerate() {
            // One seeded hash per position: 64 independent hash functions.
            let h = xxh3_64_with_seed(shingle.as_bytes(), i as u64);
            let h = (h >> 32) as u32 ^ h as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
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

fn encode(sig: &Signature) -> String {
    sig.iter().map(|v| format!("{v:08x}")).collect()
}

fn decode(text: &str) -> Option<Signature> {
    let mut sig = [0u32; SIGNATURE_LEN];
    if text.len() != SIGNATURE_LEN * 8 {
        return None;
    }
    for (i, slot) in sig.iter_mut().enumerate() {
        *slot = u32::from_str_radix(text.get(i * 8..i * 8 + 8)?, 16).ok()?;
    }
    Some(sig)
}

/// Where a new comment stands among the paper's earlier comments: its signature, its band
/// keys, and the earlier comments it nearly repeats. Found before the comment is written,
/// outside the submission writer, so that the writer only writes.
#[derive(Clone, Debug)]
pub struct Placement {
    sig: Signature,
    keys: [i64; BANDS],
    similar: Vec<i64>,
}

/// Reads the near-identical comments already on the paper.
pub async fn find(
    db: &impl ConnectionTrait,
    paper_id: i64,
    text: &str,
) -> Result<Placement, AppError> {
    let sig = signature(text);
    let keys = band_keys(&sig);
    let candidates: BTreeSet<i64> = candidates(db, paper_id, &keys).await?.into_iter().collect();
    let mut similar = Vec::new();
    if !candidates.is_empty() {
        for stored in comment_signature::Entity::find()
            .filter(comment_signature::Column::CommentId.is_in(candidates))
            .all(db)
            .await
            .or_internal()?
        {
            if decode(&stored.signature).is_some_and(|other| similarity(&sig, &other) >= THRESHOLD)
            {
                similar.push(stored.comment_id);
            }
        }
    }
    Ok(Placement { sig, keys, similar })
}

/// Records the signatures and bands of comments just written (paper, comment, placement),
/// two statements for them all, and puts each in a campaign with the near-identical
/// comments found before it was written and with those written together with it. Call it
/// in the transaction that writes them.
pub async fn place_all(
    db: &impl ConnectionTrait,
    placed: &[(i64, i64, &Placement)],
) -> Result<(), AppError> {
    if placed.is_empty() {
        return Ok(());
    }
    comment_signature::Entity::insert_many(placed.iter().map(|(_, comment_id, p)| {
        comment_signature::ActiveModel {
            comment_id: Set(*comment_id),
            signature: Set(encode(&p.sig)),
        }
    }))
    .exec(db)
    .await
    .or_internal()?;
    comment_band::Entity::insert_many(placed.iter().flat_map(|(paper_id, comment_id, p)| {
        p.keys
            .iter()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|&band| comment_band::ActiveModel {
                paper_id: Set(*paper_id),
                band: Set(band),
                comment_id: Set(*comment_id),
            })
    }))
    .exec(db)
    .await
    .or_internal()?;
    for (j, (paper_id, comment_id, p)) in placed.iter().enumerate() {
        let mut similar = p.similar.clone();
        similar.extend(placed[..j].iter().filter_map(|(other_paper, other, q)| {
            (other_paper == paper_id && similarity(&p.sig, &q.sig) >= THRESHOLD).then_some(*other)
        }));
        join(db, *paper_id, *comment_id, similar).await?;
    }
    Ok(())
}

/// Puts the comment in a campaign with the similar comments (none: nothing to do).
async fn join(
    db: &impl ConnectionTrait,
    paper_id: i64,
    comment_id: i64,
    mut similar: Vec<i64>,
) -> Result<Option<i64>, AppError> {
    similar.sort_unstable();
    similar.dedup();
    if similar.is_empty() {
        return Ok(None);
    }
    let members = campaign_member::Entity::find()
        .filter(campaign_member::Column::CommentId.is_in(similar.clone()))
        .all(db)
        .await
        .or_internal()?;
    // Join the oldest campaign among the similar comments, or start one with them.
    let campaign_id = match members.iter().map(|m| m.campaign_id).min() {
        Some(id) => id,
        None => {
            campaign::ActiveModel {
                paper_id: Set(paper_id),
                created_at: Set(super::now()),
                ..Default::default()
            }
            .insert(db)
            .await
            .or_internal()?
            .id
        }
    };
    let already: BTreeSet<i64> = members.iter().map(|m| m.comment_id).collect();
    let joining = similar
        .into_iter()
        .filter(|id| !already.contains(id))
        .chain(std::iter::once(comment_id))
        .map(|id| campaign_member::ActiveModel {
            comment_id: Set(id),
            campaign_id: Set(campaign_id),
        });
    campaign_member::Entity::insert_many(joining)
        .exec(db)
        .await
        .or_internal()?;
    Ok(Some(campaign_id))
}

/// The most recent comments per band that are looked at: a campaign of thousands of copies
/// is found through its latest members, and a submission never reads the whole campaign.
const CANDIDATES_PER_BAND: usize = 4;

/// The latest comments on the paper that share a band with the signature, in one query
/// (one index range per band, read backwards).
async fn candidates(
    db: &impl ConnectionTrait,
    paper_id: i64,
    keys: &[i64; BANDS],
) -> Result<Vec<i64>, AppError> {
    let backend = db.get_database_backend();
    let mut values: Vec<sea_orm::Value> = Vec::with_capacity(BANDS * 2);
    let parts: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, &band)| {
            values.push(paper_id.into());
            values.push(band.into());
            let (p, b) = match backend {
                sea_orm::DbBackend::Postgres => {
                    (format!("${}", 2 * i + 1), format!("${}", 2 * i + 2))
                }
                _ => ("?".to_owned(), "?".to_owned()),
            };
            format!(
                "SELECT comment_id FROM (SELECT comment_id FROM comment_bands \
                 WHERE paper_id = {p} AND band = {b} ORDER BY comment_id DESC \
                 LIMIT {CANDIDATES_PER_BAND}) AS band_{i}"
            )
        })
        .collect();
    let rows = db
        .query_all_raw(sea_orm::Statement::from_sql_and_values(
            backend,
            parts.join(" UNION ALL "),
            values,
        ))
        .await
        .or_internal()?;
    rows.iter()
        .map(|row| row.try_get::<i64>("", "comment_id").or_internal())
        .collect()
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
