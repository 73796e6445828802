//! Writing a chunk of checked rows in one transaction: the missing accounts, the comments
//! and their places in campaigns.

use super::senders::{accounts_of, new_account};
use super::{Context, ROWS_PER_STATEMENT, Row};
use crate::backend::campaigns::minhash::Signed;
use crate::backend::campaigns::place::place_written;
use crate::backend::entities::user;
use crate::backend::submission::prepare::{Place, pending_row};
use crate::backend::submission::store;
use crate::backend::{OrInternal, accounts, passwords};
use crate::domain::{AppError, Role};
use futures::{StreamExt, TryStreamExt, stream};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, QueryTrait};
use std::collections::{HashMap, HashSet};

/// Statements of a chunk issued at once (see [`write_chunk`]).
const STATEMENTS_IN_FLIGHT: usize = 2;

/// Writes a chunk of rows in one transaction: the accounts that are missing, the comments,
/// their tags, the first events of their histories and their places in campaigns. Returns
/// the chunk's first and last comment ids and how many accounts it made.
///
/// The statements of a chunk are issued [`STATEMENTS_IN_FLIGHT`] at a time: they run one
/// after the other on the transaction's connection, but the next is built while the
/// database runs the current one.
pub(super) async fn write_chunk(
    db: &DatabaseConnection,
    context: &Context,
    rows: &[(Row, Signed)],
    at: time::OffsetDateTime,
) -> Result<((i64, i64), u64), AppError> {
    let signed: Vec<&Signed> = rows.iter().map(|(_, s)| s).collect();
    let rows: Vec<&Row> = rows.iter().map(|(r, _)| r).collect();
    let transaction = crate::backend::write_transaction(db).await?;
    let txn = &transaction;
    // Each sender's account: made for the senders who have none (one statement per part,
    // which skips the addresses that have one), then looked up for the others. Looking
    // every sender up first would ask the planner about a table the import itself grows
    // tenfold, with statistics from before: it scanned the table for each lookup.
    let mut seen = HashSet::new();
    let senders: Vec<&Row> = rows
        .iter()
        .filter(|r| seen.insert(r.email.as_str()))
        .copied()
        .collect();
    let made: Vec<Vec<(i64, String)>> = stream::iter(senders.chunks(ROWS_PER_STATEMENT))
        .map(|part| async move {
            let mut insert = user::Entity::insert_many(part.iter().map(|r| {
                // A stakeholder account without a password, its address not verified (a
                // password recovery, which sets one, verifies it).
                accounts::new_row(
                    r.email.clone(),
                    passwords::NO_PASSWORD.to_owned(),
                    &r.profile,
                    Role::Stakeholder,
                    at,
                    false,
                )
            }))
            .on_conflict(
                OnConflict::column(user::Column::Email)
                    .do_nothing()
                    .to_owned(),
            );
            insert
                .query()
                .returning(Query::returning().columns([user::Column::Id, user::Column::Email]));
            txn.query_all_raw(insert.build(txn.get_database_backend()))
                .await
                .or_internal()?
                .into_iter()
                .map(|made| {
                    Ok((
                        made.try_get::<i64>("", "id").or_internal()?,
                        made.try_get::<String>("", "email").or_internal()?,
                    ))
                })
                .collect::<Result<Vec<_>, AppError>>()
        })
        .buffered(STATEMENTS_IN_FLIGHT)
        .try_collect()
        .await?;
    let made: HashMap<String, i64> = made
        .into_iter()
        .flatten()
        .map(|(id, email)| (email, id))
        .collect();
    let made_count = made.len() as u64;
    let existing: Vec<String> = senders
        .iter()
        .filter(|r| !made.contains_key(&r.email))
        .map(|r| r.email.clone())
        .collect();
    let mut accounts = accounts_of(txn, &existing).await?;
    for row in &senders {
        if let Some(&id) = made.get(&row.email) {
            accounts.insert(row.email.clone(), new_account(id, row));
        }
    }

    let accounts = &accounts;
    let ids: Vec<Vec<i64>> = stream::iter(rows.chunks(ROWS_PER_STATEMENT))
        .map(|part| async move {
            let prepared = part
                .iter()
                .map(|row| {
                    let author = accounts.get(&row.email).ok_or_else(|| {
                        crate::backend::internal("an imported sender has no account")
                    })?;
                    let pending = pending_row(
                        Place {
                            paper_id: context.paper_id,
                            version_id: context.version_id,
                            paragraph_id: row.paragraph_id,
                            parent_id: None,
                        },
                        author,
                        row.quote.clone(),
                        row.body.clone(),
                        row.consent,
                        context.late,
                        at,
                    );
                    let files = row
                        .files
                        .iter()
                        .filter_map(|name| context.attached.get(name))
                        .map(|a| a.stored.clone())
                        .collect();
                    Ok(pending.tagged(row.tags.clone()).attached(files).imported())
                })
                .collect::<Result<Vec<_>, AppError>>()?;
            let ids = store::write_all(txn, &prepared).await?;
            Ok::<_, AppError>(ids)
        })
        .buffered(STATEMENTS_IN_FLIGHT)
        .try_collect()
        .await?;
    let ids: Vec<i64> = ids.into_iter().flatten().collect();
    let written: Vec<(i64, i64)> = ids.iter().map(|&id| (id, context.paper_id)).collect();
    place_written(txn, &written, &signed).await?;
    let first = ids.iter().min().copied().unwrap_or_default();
    let last = ids.iter().max().copied().unwrap_or_default();
    transaction.commit().await.or_internal()?;
    Ok(((first, last), made_count))
}
