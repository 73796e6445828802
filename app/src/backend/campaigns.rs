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
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    DbBackend, EntityTrait, QueryFilter, Set, Statement,
};
use std::collections::{BTreeSet, HashMap};
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

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

/// A written comment waiting for its place: its signature and band keys.
#[derive(Clone, Debug)]
struct Unplaced {
    id: i64,
    paper_id: i64,
    sig: Signature,
    keys: [i64; BANDS],
}

/// A text's signature and band keys, computed ahead of its writing (an import's rows).
#[derive(Clone, Debug)]
pub struct Signed {
    sig: Signature,
    keys: [i64; BANDS],
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

/// The most comments the server's placer places in one round, that is one transaction:
/// the submission writer waits while it writes (on SQLite some 30 ms for 256 comments
/// with their band rows; 512 took 50–76 ms, and put the submissions' p99 near 100 ms).
pub const MOST_PER_ROUND: u64 = 256;

/// A number the PostgreSQL placers of every process take as a transaction lock, so that
/// two of them never place the same comments at once ("CONSULT" in ASCII).
const PLACING_LOCK: i64 = 0x0043_4f4e_5355_4c54;

/// Places the oldest comments above `after` that are in no campaign and have no
/// signature yet, at most `most` of them, in one transaction; returns the highest id it
/// placed, or `None` when none was waiting. On SQLite the transaction is written in the
/// process's `turn` (see [`Writer`](super::writer::Writer)), so that it does not meet the
/// submission writer in SQLite's busy handler.
///
/// Copies among them are grouped first, in memory; each group is then compared with the
/// paper's earlier comments once. Every comment of a group joins the campaign, and the
/// group's latest comment also gets a signature and band rows, through which later copies
/// find the campaign. A comment alike to no other gets them too.
pub async fn place_pending(
    db: &DatabaseConnection,
    turn: &super::write_turn::Turn,
    after: i64,
    most: u64,
) -> Result<Option<i64>, AppError> {
    let (txn, waiting, groups, turn) = if db.get_database_backend() == DbBackend::Postgres {
        let txn = super::write_transaction(db).await?;
        // Under the lock, so that what is read is what no other placer is placing.
        take_turn(&txn).await?;
        let waiting = unplaced(&txn, after, most).await?;
        let groups = compare(&txn, &waiting).await?;
        (txn, waiting, groups, None)
    } else {
        // SQLite has one writer at a time: the comparing is done before the write lock is
        // taken, so that the submission writer does not wait for it. Another process's
        // placer (an import beside the server) may have placed some of the same comments
        // meanwhile; then the round is read again.
        loop {
            let waiting = unplaced(db, after, most).await?;
            if waiting.is_empty() {
                return Ok(None);
            }
            let groups = compare(db, &waiting).await?;
            let turn = turn.for_placing().await;
            let txn = super::write_transaction(db).await?;
            if none_placed(&txn, &waiting).await? {
                break (txn, waiting, groups, Some(turn));
            }
        }
    };
    let Some(last) = waiting.last().map(|u| u.id) else {
        return Ok(None);
    };
    let writing = std::time::Instant::now();
    record(&txn, &waiting, &groups).await?;
    txn.commit().await.or_internal()?;
    drop(turn);
    tracing::debug!(
        placed = waiting.len(),
        last,
        writing_ms = writing.elapsed().as_secs_f64() * 1000.0,
        "campaign placement"
    );
    Ok(Some(last))
}

/// Places comments just written, in the transaction that wrote them (an import's rows,
/// whose texts are at hand): compared with each other and with the paper's earlier
/// comments, as a placer's round is.
pub(crate) async fn place_written(
    txn: &DatabaseTransaction,
    written: &[(i64, i64)],
    signed: &[&Signed],
) -> Result<(), AppError> {
    let waiting: Vec<Unplaced> = written
        .iter()
        .zip(signed)
        .map(|(&(id, paper_id), s)| Unplaced {
            id,
            paper_id,
            sig: s.sig,
            keys: s.keys,
        })
        .collect();
    // On PostgreSQL, in turn with the servers' placers, so that a letter submitted while
    // its copies are imported still finds one campaign.
    if txn.get_database_backend() == DbBackend::Postgres {
        take_turn(txn).await?;
    }
    let groups = compare(txn, &waiting).await?;
    record(txn, &waiting, &groups).await
}

/// Waits for the placing lock of PostgreSQL, held until the transaction ends.
async fn take_turn(txn: &DatabaseTransaction) -> Result<(), AppError> {
    txn.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock($1)",
        [PLACING_LOCK.into()],
    ))
    .await
    .or_internal()?;
    Ok(())
}

/// Writes a round's places: the signature and bands of each group's latest comment, and
/// the groups' campaigns.
async fn record(
    txn: &DatabaseTransaction,
    waiting: &[Unplaced],
    groups: &[Group],
) -> Result<(), AppError> {
    let indexed: Vec<&Unplaced> = groups
        .iter()
        .filter_map(|g| g.members.last().map(|&i| &waiting[i]))
        .collect();
    if !indexed.is_empty() {
        comment_signature::Entity::insert_many(indexed.iter().map(|u| {
            comment_signature::ActiveModel {
                comment_id: Set(u.id),
                signature: Set(encode(&u.sig)),
            }
        }))
        .exec(txn)
        .await
        .or_internal()?;
        // A statement's parameters are limited; 3 a row, at most 32 rows a comment.
        for chunk in indexed.chunks(256) {
            comment_band::Entity::insert_many(chunk.iter().flat_map(|u| {
                u.keys
                    .iter()
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .map(|&band| comment_band::ActiveModel {
                        paper_id: Set(u.paper_id),
                        band: Set(band),
                        comment_id: Set(u.id),
                    })
            }))
            .exec(txn)
            .await
            .or_internal()?;
        }
    }
    for group in groups {
        let members: Vec<i64> = group.members.iter().map(|&i| waiting[i].id).collect();
        join(
            txn,
            waiting[group.members[0]].paper_id,
            &members,
            &group.similar,
        )
        .await?;
    }
    Ok(())
}

/// Whether none of the comments has been placed yet (read inside the placing transaction).
async fn none_placed(db: &impl ConnectionTrait, waiting: &[Unplaced]) -> Result<bool, AppError> {
    use sea_orm::PaginatorTrait;
    for part in waiting.chunks(10_000) {
        let ids = part.iter().map(|u| u.id);
        let signed = comment_signature::Entity::find()
            .filter(comment_signature::Column::CommentId.is_in(ids.clone()))
            .count(db)
            .await
            .or_internal()?;
        let grouped = campaign_member::Entity::find()
            .filter(campaign_member::Column::CommentId.is_in(ids))
            .count(db)
            .await
            .or_internal()?;
        if signed + grouped > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// How many comments with ids from `first` to `last` are in campaigns.
pub async fn members_between(
    db: &impl ConnectionTrait,
    first: i64,
    last: i64,
) -> Result<u64, AppError> {
    use sea_orm::PaginatorTrait;
    campaign_member::Entity::find()
        .filter(campaign_member::Column::CommentId.between(first, last))
        .count(db)
        .await
        .or_internal()
}

/// How many comments are in no campaign and have no signature yet: the placers' backlog.
pub async fn unplaced_count(db: &impl ConnectionTrait) -> Result<u64, AppError> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM comments c WHERE {UNPLACED}"),
        ))
        .await
        .or_internal()?
        .ok_or_else(|| super::internal("a count without a row"))?;
    let n: i64 = row.try_get("", "n").or_internal()?;
    Ok(u64::try_from(n).unwrap_or_default())
}

/// The condition of a comment `c` that no placer has placed yet.
const UNPLACED: &str = "NOT EXISTS (SELECT 1 FROM comment_signatures s WHERE s.comment_id = c.id) \
     AND NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.comment_id = c.id)";

async fn unplaced(
    db: &impl ConnectionTrait,
    after: i64,
    most: u64,
) -> Result<Vec<Unplaced>, AppError> {
    let backend = db.get_database_backend();
    let (a, b) = match backend {
        DbBackend::Postgres => ("$1", "$2"),
        _ => ("?", "?"),
    };
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "SELECT c.id, c.paper_id, c.body FROM comments c WHERE c.id > {a} \
                 AND {UNPLACED} ORDER BY c.id LIMIT {b}"
            ),
            [after.into(), i64::try_from(most).unwrap_or(i64::MAX).into()],
        ))
        .await
        .or_internal()?;
    rows.iter()
        .map(|row| {
            let body: String = row.try_get("", "body").or_internal()?;
            Ok(Unplaced::new(
                row.try_get("", "id").or_internal()?,
                row.try_get("", "paper_id").or_internal()?,
                &body,
            ))
        })
        .collect()
}

/// Comments of one round that are copies of each other (indexes into the round, oldest
/// first), and the paper's earlier comments they nearly repeat.
struct Group {
    members: Vec<usize>,
    similar: Vec<i64>,
}

/// Groups a round's comments by paper and likeness (through shared bands, as in the
/// database), then looks each group's earlier copies up once.
async fn compare(db: &impl ConnectionTrait, waiting: &[Unplaced]) -> Result<Vec<Group>, AppError> {
    // Union-find over the round: each comment points towards its group's first comment.
    let mut leader: Vec<usize> = (0..waiting.len()).collect();
    fn root(leader: &mut [usize], mut i: usize) -> usize {
        while leader[i] != i {
            leader[i] = leader[leader[i]];
            i = leader[i];
        }
        i
    }
    let mut seen: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (j, u) in waiting.iter().enumerate() {
        let mut candidates = BTreeSet::new();
        for &band in &u.keys {
            let latest = seen.entry((u.paper_id, band)).or_default();
            candidates.extend(latest.iter().copied());
            latest.push(j);
            if latest.len() > CANDIDATES_PER_BAND {
                latest.remove(0);
            }
        }
        for i in candidates {
            if i != j && similarity(&u.sig, &waiting[i].sig) >= THRESHOLD {
                let (a, b) = (root(&mut leader, i), root(&mut leader, j));
                leader[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for j in 0..waiting.len() {
        let r = root(&mut leader, j);
        let g = *group_of.entry(r).or_insert_with(|| {
            groups.push(Group {
                members: Vec::new(),
                similar: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].members.push(j);
    }
    for group in &mut groups {
        let first = &waiting[group.members[0]];
        group.similar = earlier_copies(db, first.paper_id, &first.sig, &first.keys).await?;
    }
    Ok(groups)
}

/// The comments already on the paper that a signature nearly repeats: the signatures of
/// its [`candidates`], read in one statement, compared in memory.
async fn earlier_copies(
    db: &impl ConnectionTrait,
    paper_id: i64,
    sig: &Signature,
    keys: &[i64; BANDS],
) -> Result<Vec<i64>, AppError> {
    let (candidates, values) = candidates(db.get_database_backend(), paper_id, keys);
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            format!(
                "SELECT comment_id, signature FROM comment_signatures \
                 WHERE comment_id IN ({candidates})"
            ),
            values,
        ))
        .await
        .or_internal()?;
    let mut similar = Vec::new();
    for row in rows {
        let signature: String = row.try_get("", "signature").or_internal()?;
        if decode(&signature).is_some_and(|other| similarity(sig, &other) >= THRESHOLD) {
            similar.push(row.try_get("", "comment_id").or_internal()?);
        }
    }
    Ok(similar)
}

/// Puts comments in one campaign with the similar earlier comments: the oldest campaign
/// among those, or a new one. A comment alone, like no other, is left out of campaigns.
async fn join(
    db: &impl ConnectionTrait,
    paper_id: i64,
    comments: &[i64],
    similar: &[i64],
) -> Result<Option<i64>, AppError> {
    let mut similar = similar.to_vec();
    similar.sort_unstable();
    similar.dedup();
    if similar.is_empty() && comments.len() < 2 {
        return Ok(None);
    }
    let members = campaign_member::Entity::find()
        .filter(campaign_member::Column::CommentId.is_in(similar.clone()))
        .all(db)
        .await
        .or_internal()?;
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
    let joining: Vec<campaign_member::ActiveModel> = similar
        .into_iter()
        .filter(|id| !already.contains(id))
        .chain(comments.iter().copied())
        .map(|id| campaign_member::ActiveModel {
            comment_id: Set(id),
            campaign_id: Set(campaign_id),
        })
        .collect();
    for chunk in joining.chunks(4096) {
        campaign_member::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await
            .or_internal()?;
    }
    Ok(Some(campaign_id))
}

/// The most recent comments per band that are looked at: a campaign of thousands of copies
/// is found through its latest members, and a submission never reads the whole campaign.
const CANDIDATES_PER_BAND: usize = 4;

/// The latest comments on the paper that share a band with the signature: a query (one
/// index range per band, read backwards) and its values.
fn candidates(
    backend: DbBackend,
    paper_id: i64,
    keys: &[i64; BANDS],
) -> (String, Vec<sea_orm::Value>) {
    let mut values: Vec<sea_orm::Value> = Vec::with_capacity(BANDS * 2);
    let parts: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, &band)| {
            values.push(paper_id.into());
            values.push(band.into());
            let (p, b) = match backend {
                DbBackend::Postgres => (format!("${}", 2 * i + 1), format!("${}", 2 * i + 2)),
                _ => ("?".to_owned(), "?".to_owned()),
            };
            format!(
                "SELECT comment_id FROM (SELECT comment_id FROM comment_bands \
                 WHERE paper_id = {p} AND band = {b} ORDER BY comment_id DESC \
                 LIMIT {CANDIDATES_PER_BAND}) AS band_{i}"
            )
        })
        .collect();
    (parts.join(" UNION ALL "), values)
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
