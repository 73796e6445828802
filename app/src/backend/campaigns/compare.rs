//! A round's comments grouped by likeness, and the paper's earlier comments each group
//! nearly repeats (found through shared bands, compared by signature).

use super::Unplaced;
use super::minhash::{Signatures, Signed};
use crate::backend::OrInternal;
use crate::domain::AppError;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use std::collections::{BTreeSet, HashMap};

/// Comments of one round that are copies of each other (indexes into the round, oldest
/// first), the members that stand for the group (see [`PROBES`]), and the paper's earlier
/// comments they nearly repeat.
pub(super) struct Group {
    pub(super) members: Vec<usize>,
    pub(super) probes: Vec<usize>,
    pub(super) similar: Vec<i64>,
}

/// How many members of a group look for its earlier copies and are indexed for later ones
/// (its latest among them). One member stands well for copies of one text; the letters of
/// a template are each alike to some of the others only, and a later letter must find one
/// it is alike to.
const PROBES: usize = 8;

/// Up to [`PROBES`] members spread over the group, its latest included.
fn probes(members: &[usize]) -> Vec<usize> {
    if members.len() <= PROBES {
        return members.to_vec();
    }
    let step = members.len() as f64 / PROBES as f64;
    (1..=PROBES)
        .map(|k| members[((k as f64 * step) as usize).min(members.len()) - 1])
        .collect()
}

/// Groups a round's comments by paper and likeness (through shared bands, as in the
/// database), then looks each group's earlier copies up once.
pub(super) async fn compare(
    db: &impl ConnectionTrait,
    waiting: &[Unplaced],
) -> Result<Vec<Group>, AppError> {
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
        for &band in &u.signed.keys {
            let latest = seen.entry((u.paper_id, band)).or_default();
            candidates.extend(latest.iter().copied());
            latest.push(j);
            if latest.len() > CANDIDATES_PER_BAND {
                latest.remove(0);
            }
        }
        for i in candidates {
            if i != j && u.signed.sigs.alike(&waiting[i].signed.sigs) {
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
                probes: Vec::new(),
                similar: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].members.push(j);
    }
    for group in &mut groups {
        group.probes = probes(&group.members);
        let probes: Vec<&Signed> = group.probes.iter().map(|&i| &waiting[i].signed).collect();
        let paper_id = waiting[group.members[0]].paper_id;
        group.similar = earlier_copies(db, paper_id, &probes).await?;
    }
    Ok(groups)
}

/// The comments already on the paper that a group's probes nearly repeat: the signatures
/// of their [`candidates`], read in a statement per [`KEYS_PER_STATEMENT`] band keys,
/// compared in memory.
async fn earlier_copies(
    db: &impl ConnectionTrait,
    paper_id: i64,
    probes: &[&Signed],
) -> Result<Vec<i64>, AppError> {
    let keys: Vec<i64> = probes
        .iter()
        .flat_map(|p| p.keys.iter().copied())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut similar = BTreeSet::new();
    for part in keys.chunks(KEYS_PER_STATEMENT) {
        let (candidates, values) = candidates(db.get_database_backend(), paper_id, part);
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
        for row in rows {
            let signature: String = row.try_get("", "signature").or_internal()?;
            let Some(other) = Signatures::decode(&signature) else {
                continue;
            };
            if probes.iter().any(|p| p.sigs.alike(&other)) {
                similar.insert(row.try_get::<i64>("", "comment_id").or_internal()?);
            }
        }
    }
    Ok(similar.into_iter().collect())
}

/// SQLite takes at most 500 terms in a compound statement: one term a band key.
const KEYS_PER_STATEMENT: usize = 128;

/// The most recent comments per band that are looked at: a campaign of thousands of copies
/// is found through its latest members, and a submission never reads the whole campaign.
const CANDIDATES_PER_BAND: usize = 4;

/// The latest comments on the paper that share a band with the signature: a query (one
/// index range per band, read backwards) and its values.
fn candidates(backend: DbBackend, paper_id: i64, keys: &[i64]) -> (String, Vec<sea_orm::Value>) {
    let mut values: Vec<sea_orm::Value> = Vec::with_capacity(keys.len() * 2);
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
