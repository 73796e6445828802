//! Group commit for comment submissions. One task per server process writes them: it takes
//! every submission waiting at that moment, writes them all in one transaction, commits
//! once, and only then answers each submitter. Should one of them fail, the batch is rolled
//! back and each submission is written again in a transaction of its own, so that one
//! failure sinks no other. A commit that waits for the disk (SQLite with
//! `synchronous=FULL`, PostgreSQL with `synchronous_commit=on`) is thus shared by every
//! submission of the batch, and nothing is acknowledged before it is durable.
//!
//! A second task, the placer, puts the committed comments in campaigns of near-identical
//! comments ([`campaigns::place_pending`]), after the submitters have their receipts: the
//! band rows of that index are written where their values fall, all over a large table,
//! and would otherwise make every commit slow. What the placer has not done yet is found
//! again from the database, at start (after a crash) and after an error.

use super::OrInternal;
use super::campaigns;
use super::comments::{self, Prepared};
use crate::domain::AppError;
use sea_orm::DatabaseConnection;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// The most submissions written in one transaction.
const MOST_PER_BATCH: usize = 256;
/// Submissions that may wait for the writer; further submitters wait to be let in.
const QUEUE: usize = 4096;
/// How long the placer rests before it tries again after an error.
const PLACER_RETRY: Duration = Duration::from_secs(1);

type Reply = oneshot::Sender<Result<i64, AppError>>;

/// What the placer hears: comments committed from an id on, or someone waiting until
/// every comment committed so far has its place.
enum ToPlacer {
    Committed(i64),
    Settle(oneshot::Sender<()>),
}

/// The handle of a process's submission writer; clones share the one writer task, which
/// ends once every handle is gone and the waiting submissions are written.
#[derive(Clone, Debug)]
pub struct Writer {
    jobs: mpsc::Sender<(Prepared, Reply)>,
    placer: mpsc::UnboundedSender<ToPlacer>,
}

impl std::fmt::Debug for ToPlacer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Committed(id) => write!(f, "Committed({id})"),
            Self::Settle(_) => f.write_str("Settle"),
        }
    }
}

impl Writer {
    /// Starts the writer and placer tasks on the current tokio runtime.
    pub fn start(db: DatabaseConnection) -> Self {
        let (jobs, waiting) = mpsc::channel(QUEUE);
        let (placer, told) = mpsc::unbounded_channel();
        tokio::spawn(place(db.clone(), told));
        tokio::spawn(run(db, waiting, placer.clone()));
        Self { jobs, placer }
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

    /// Waits until every comment committed so far is placed in its campaign (or tried:
    /// a placement that failed is retried later).
    pub async fn settle(&self) -> Result<(), AppError> {
        let (done, settled) = oneshot::channel();
        self.placer
            .send(ToPlacer::Settle(done))
            .map_err(|_| super::internal("the campaign placer has stopped"))?;
        settled
            .await
            .map_err(|_| super::internal("the campaign placer has stopped"))
    }
}

async fn run(
    db: DatabaseConnection,
    mut waiting: mpsc::Receiver<(Prepared, Reply)>,
    placer: mpsc::UnboundedSender<ToPlacer>,
) {
    let mut batch = Vec::with_capacity(MOST_PER_BATCH);
    while waiting.recv_many(&mut batch, MOST_PER_BATCH).await > 0 {
        let answers = write_batch(&db, &mut batch).await;
        // Told before anyone has a receipt, so that a settle asked after one sees it.
        if let Some(first) = answers.iter().filter_map(|a| a.as_ref().ok()).min() {
            let _ = placer.send(ToPlacer::Committed(*first));
        }
        for ((_, reply), answer) in batch.drain(..).zip(answers) {
            // The submitter may have gone (its connection closed): the comment stays.
            let _ = reply.send(answer);
        }
    }
}

/// The placer: places what was committed, round after round, until nothing waits; then
/// answers those waiting for it to settle, and waits for news.
async fn place(db: DatabaseConnection, mut told: mpsc::UnboundedReceiver<ToPlacer>) {
    // From the first comment at start: a stop may have left some unplaced.
    let mut after = 0;
    let mut settling: Vec<oneshot::Sender<()>> = Vec::new();
    let mut news = Vec::new();
    loop {
        let mut failed = false;
        loop {
            match campaigns::place_pending(&db, after, campaigns::MOST_PER_ROUND).await {
                Ok(Some(last)) => after = last,
                Ok(None) => break,
                Err(err) => {
                    tracing::warn!(?err, "placing comments in campaigns failed; retrying");
                    failed = true;
                    break;
                }
            }
        }
        for done in settling.drain(..) {
            let _ = done.send(());
        }
        // After a failure, try again shortly even without news; otherwise wait for news
        // (what other processes write, they place themselves).
        let heard = if failed {
            match tokio::time::timeout(PLACER_RETRY, told.recv_many(&mut news, 1024)).await {
                Ok(heard) => heard,
                Err(_) => continue,
            }
        } else {
            told.recv_many(&mut news, 1024).await
        };
        if heard == 0 {
            return;
        }
        for message in news.drain(..) {
            match message {
                ToPlacer::Committed(first) => after = after.min(first - 1),
                ToPlacer::Settle(done) => settling.push(done),
            }
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
    let txn = super::write_transaction(db).await?;
    // On an error the transaction is dropped, and so rolled back.
    let ids = comments::write_all(&txn, &prepared).await?;
    txn.commit().await.or_internal()?;
    Ok(ids)
}

async fn write_alone(db: &DatabaseConnection, prepared: Prepared) -> Result<i64, AppError> {
    let txn = super::write_transaction(db).await?;
    let ids = comments::write_all(&txn, std::slice::from_ref(&prepared)).await?;
    txn.commit().await.or_internal()?;
    ids.first()
        .copied()
        .ok_or_else(|| super::internal("a submission was written without an id"))
}
