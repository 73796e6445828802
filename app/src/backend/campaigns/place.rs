//! Placing comments in campaigns: the placers' rounds, an import's written rows, and the
//! writing of signatures, bands and campaign members.

use super::Unplaced;
use super::backlog::{none_placed, unplaced};
use super::compare::{Group, compare};
use super::minhash::Signed;
use crate::backend::OrInternal;
use crate::backend::entities::{campaign, campaign_member, comment_band, comment_signature};
use crate::domain::AppError;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    DbBackend, EntityTrait, QueryFilter, Set, Statement,
};
use std::collections::BTreeSet;

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
/// process's `turn` (see [`Writer`](crate::backend::submission::writer::Writer)), so that
/// it does not meet the submission writer in SQLite's busy handler.
///
/// Copies among them are grouped first, in memory; each group is then compared with the
/// paper's earlier comments once. Every comment of a group joins the campaign, and the
/// group's probes (a few members, its latest among them) also get signatures and band
/// rows, through which later copies find the campaign. A comment alike to no other gets
/// them too.
pub async fn place_pending(
    db: &DatabaseConnection,
    turn: &crate::backend::write_turn::Turn,
    after: i64,
    most: u64,
) -> Result<Option<i64>, AppError> {
    let (txn, waiting, groups, turn) = if db.get_database_backend() == DbBackend::Postgres {
        let txn = crate::backend::write_transaction(db).await?;
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
            let txn = crate::backend::write_transaction(db).await?;
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
            signed: (*s).clone(),
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

/// Writes a round's places: the signatures and bands of each group's probes, and
/// the groups' campaigns.
async fn record(
    txn: &DatabaseTransaction,
    waiting: &[Unplaced],
    groups: &[Group],
) -> Result<(), AppError> {
    let indexed: Vec<&Unplaced> = groups
        .iter()
        .flat_map(|g| g.probes.iter().map(|&i| &waiting[i]))
        .collect();
    if !indexed.is_empty() {
        comment_signature::Entity::insert_many(indexed.iter().map(|u| {
            comment_signature::ActiveModel {
                comment_id: Set(u.id),
                signature: Set(u.signed.sigs.encode()),
            }
        }))
        .exec(txn)
        .await
        .or_internal()?;
        // A statement's parameters are limited; 3 a row, at most 64 rows a comment.
        for chunk in indexed.chunks(128) {
            comment_band::Entity::insert_many(chunk.iter().flat_map(|u| {
                u.signed
                    .keys
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

/// Puts comments in one campaign with the similar earlier comments: the oldest campaign
/// among those (into which the others among them are merged), or a new one. A comment
/// alone, like no other, is left out of campaigns.
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
    let campaigns: BTreeSet<i64> = members.iter().map(|m| m.campaign_id).collect();
    let campaign_id = match campaigns.first() {
        Some(&id) => {
            // Letters of one template may have started two campaigns before one came that
            // is alike to both: the campaigns become one, the oldest.
            let later: Vec<i64> = campaigns.iter().skip(1).copied().collect();
            if !later.is_empty() {
                merge(db, id, &later).await?;
            }
            id
        }
        None => {
            campaign::ActiveModel {
                paper_id: Set(paper_id),
                created_at: Set(crate::backend::now()),
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

/// Moves the members of the `later` campaigns into `into`, and removes the emptied ones.
async fn merge(db: &impl ConnectionTrait, into: i64, later: &[i64]) -> Result<(), AppError> {
    use sea_orm::sea_query::Expr;
    campaign_member::Entity::update_many()
        .col_expr(campaign_member::Column::CampaignId, Expr::value(into))
        .filter(campaign_member::Column::CampaignId.is_in(later.iter().copied()))
        .exec(db)
        .await
        .or_internal()?;
    campaign::Entity::delete_many()
        .filter(campaign::Column::Id.is_in(later.iter().copied()))
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}
