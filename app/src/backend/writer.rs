//! Group commit for comment submissions. One task per server process writes them: it takes
//! every submission waiting at that moment, writes them all in one transaction, commits
//! once, and only then answers each submitter. Should one of them fail, the batch is rolled
//! back and each submission is written again in a transaction of its own, so that one
//! failure sinks no other. A commit that waits for the disk (SQLite with
//! `synchronous=FULL`, PostgreSQL with `synchronous_commit=on`) is thus shared by every
//! submission of the batch, and nothing is acknowledged before it is durable.

use super::OrInternal;
use super::comments::{self, Prepared};
use crate::domain::AppError;
use sea_orm::{DatabaseConnection, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

/// The most submissions written in one transaction; their band rows (32 each, 3 values a
/// row) stay within one statement's parameter limit on both engines.
const MOST_PER_BATCH: usize = 256;
/// Submissions that may wait for the writer; further submitters wait to be let in.
const QUEUE: usize = 4096;

type Reply = oneshot::Sender<Result<i64, AppError>>;

/// The handle of a process's submission writer; clones share the one writer task, which
/// ends once every handle is gone and the waiting submissions are written.
#[derive(Clone, Debug)]
pub struct Writer {
    jobs: mpsc::Sender<(Prepared, Reply)>,
}

impl Writer {
    /// Starts the writer task on the current tokio runtime.
    pub fn start(db: DatabaseConnection) -> Self {
        let (jobs, waiting) = mpsc::channel(QUEUE);
        tokio::spawn(run(db, waiting));
        Self { jobs }
    }

    /// Writes one submission and returns its id once the transaction holding it is
    /// committed.
    pub async fn write(&self, prepared: Prepared) -> Result<i64, AppError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send((prepared, reply))
            .await
            .map_err(|_| super::internal("the submission writer has stopped"))?;
        answer
            .await
            .map_err(|_| super::internal("the submission writer dropped a submission"))?
    }
}

async fn run(db: DatabaseConnection, mut waiting: mpsc::Receiver<(Prepared, Reply)>) {
    let mut batch = Vec::with_capacity(MOST_PER_BATCH);
    while waiting.recv_many(&mut batch, MOST_PER_BATCH).await > 0 {
        let answers = write_batch(&db, &mut batch).await;
        for ((_, reply), answer) in batch.drain(..).zip(answers) {
            // The submitter may have gone (its connection closed): the comment stays.
            let _ = reply.send(answer);
        }
    }
}

/// Writes the batch in one transaction, or each submission in its own when that fails; the
/// answers are in the batch's order. Nothing is acknowledged before its commit.
async fn write_batch(
    db: &DatabaseConnection,
    batch: &mut [(Prepared, Reply)],
) -> Vec<Result<i64, AppError>> {
    let started = std::time::Instant::now();
    let together = write_together(db, batch).await;
    tracing::debug!(
        submissions = batch.len(),
        together = together.is_ok(),
        elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
        "group commit"
    );
    match together {
        Ok(ids) => ids.into_iter().map(Ok).collect(),
        Err(_) if batch.len() > 1 => {
            let mut answers = Vec::with_capacity(batch.len());
            for (prepared, _) in batch.iter() {
                answers.push(write_alone(db, prepared.clone()).await);
            }
            answers
        }
        Err(err) => vec![Err(err)],
    }
}

async fn write_together(
    db: &DatabaseConnection,
    batch: &[(Prepared, Reply)],
) -> Result<Vec<i64>, AppError> {
    let prepared: Vec<Prepared> = batch.iter().map(|(p, _)| p.clone()).collect();
    let txn = db.begin().await.or_internal()?;
    // On an error the transaction is dropped, and so rolled back.
    let ids = comments::write_all(&txn, &prepared).await?;
    txn.commit().await.or_internal()?;
    Ok(ids)
}

async fn write_alone(db: &DatabaseConnection, prepared: Prepared) -> Result<i64, AppError> {
    let txn = db.begin().await.or_internal()?;
    let ids = comments::write_all(&txn, std::slice::from_ref(&prepared)).await?;
    txn.commit().await.or_internal()?;
    ids.first()
        .copied()
        .ok_or_else(|| super::internal("a submission was written without an id"))
}
