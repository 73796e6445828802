//! Group commit for comment submissions. One task per server process writes them: it takes
//! every submission waiting at that moment, writes them all in one transaction (each in a
//! savepoint of its own, so that one failure does not sink the others), commits once, and
//! only then answers each submitter. A commit that waits for the disk (SQLite with
//! `synchronous=FULL`, PostgreSQL with `synchronous_commit=on`) is thus shared by every
//! submission of the batch, and nothing is acknowledged before it is durable.

use super::OrInternal;
use super::comments::{self, Prepared};
use crate::domain::AppError;
use sea_orm::{DatabaseConnection, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

/// The most submissions written in one transaction.
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

/// Writes the batch in one transaction; the answers are in the batch's order. When the
/// commit fails, every submission of the batch fails and none is acknowledged.
async fn write_batch(
    db: &DatabaseConnection,
    batch: &mut [(Prepared, Reply)],
) -> Vec<Result<i64, AppError>> {
    let mut answers = Vec::with_capacity(batch.len());
    let txn = match db.begin().await.or_internal() {
        Ok(txn) => txn,
        Err(err) => return batch.iter().map(|_| Err(err.clone())).collect(),
    };
    for (prepared, _) in batch.iter() {
        answers.push(write_one(&txn, prepared.clone()).await);
    }
    if let Err(err) = txn.commit().await.or_internal() {
        return batch.iter().map(|_| Err(err.clone())).collect();
    }
    answers
}

async fn write_one(
    txn: &sea_orm::DatabaseTransaction,
    prepared: Prepared,
) -> Result<i64, AppError> {
    let savepoint = txn.begin().await.or_internal()?;
    match comments::write(&savepoint, prepared).await {
        Ok(id) => {
            savepoint.commit().await.or_internal()?;
            Ok(id)
        }
        // This submission is rolled back; the others of the batch stay.
        Err(err) => {
            savepoint.rollback().await.or_internal()?;
            Err(err)
        }
    }
}
