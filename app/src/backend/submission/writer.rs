//! Group commit for comment submissions. One task per server process writes them: it takes
//! every submission waiting at that moment, writes them all in one transaction, commits
//! once, and only then answers each submitter. Should one of them fail, the batch is rolled
//! back and each submission is written again in a transaction of its own, so that one
//! failure sinks no other. A commit that waits for the disk (SQLite with
//! `synchronous=FULL`, PostgreSQL with `synchronous_commit=on`) is thus shared by every
//! submission of the batch, and nothing is acknowledged before it is durable.
//!
//! A second task, the [`placer`](super::placer), puts the committed comments in campaigns
//! of near-identical comments after the submitters have their receipts: the band rows of
//! that index are written where their values fall, all over a large table, and would
//! otherwise make every commit slow.

use super::placer::{self, ToPlacer};
use super::prepare::Prepared;
use super::{LOG_TARGET, store};
use crate::backend::write_turn::Turn;
use crate::backend::{OrInternal, internal, write_transaction};
use crate::domain::AppError;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

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
    placer: mpsc::UnboundedSender<ToPlacer>,
    busy: Arc<Busy>,
}

/// What health checks learn of the writer: since when it has been writing its current
/// batch, and when it last failed to write a whole batch (until it writes one again).
#[derive(Debug, Default)]
struct Busy(std::sync::Mutex<BusyTimes>);

#[derive(Debug, Default)]
struct BusyTimes {
    writing_since: Option<Instant>,
    failed_at: Option<Instant>,
}

impl Busy {
    fn times(&self) -> std::sync::MutexGuard<'_, BusyTimes> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn begin(&self) {
        self.times().writing_since = Some(Instant::now());
    }

    fn end(&self, written: bool) {
        let mut times = self.times();
        times.writing_since = None;
        times.failed_at = (!written).then(Instant::now);
    }

    fn failed_ago(&self) -> Option<Duration> {
        self.times().failed_at.map(|at| at.elapsed())
    }

    fn for_how_long(&self) -> Duration {
        self.times()
            .writing_since
            .map_or(Duration::ZERO, |since| since.elapsed())
    }
}

impl Writer {
    /// Starts the writer and placer tasks on the current tokio runtime, on connections of
    /// their own in a server (see [`db::connect_writer`](crate::backend::db::connect_writer)).
    pub fn start(db: DatabaseConnection) -> Self {
        let (jobs, waiting) = mpsc::channel(QUEUE);
        let (placer, told) = mpsc::unbounded_channel();
        let turn = Arc::new(Turn::default());
        let busy = Arc::new(Busy::default());
        tokio::spawn(placer::run(db.clone(), turn.clone(), told));
        tokio::spawn(run(db, turn, waiting, placer.clone(), busy.clone()));
        Self { jobs, placer, busy }
    }

    /// How long the writer has been writing its current batch (nought when it waits for
    /// submissions). A batch takes milliseconds; one that takes many seconds means the
    /// database holds it up, and submitters are waiting for their receipts.
    pub fn busy_for(&self) -> Duration {
        self.busy.for_how_long()
    }

    /// How long ago the writer last failed to write a whole batch, unless it has written one
    /// since. On a full disk SQLite may still commit a small write into log space it
    /// already has, while every batch of comments fails: this is what says so.
    pub fn failed_ago(&self) -> Option<Duration> {
        self.busy.failed_ago()
    }

    /// Writes one submission and returns its id once the transaction holding it is
    /// committed.
    pub async fn write(&self, prepared: Prepared) -> Result<i64, AppError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send((prepared, reply))
            .await
            .map_err(|_| internal("the submission writer has stopped"))?;
        answer
            .await
            .map_err(|_| internal("the submission writer dropped a submission"))?
    }

    /// Waits until every comment committed so far is placed in its campaign (or tried:
    /// a placement that failed is retried later).
    pub async fn settle(&self) -> Result<(), AppError> {
        let (done, settled) = oneshot::channel();
        self.placer
            .send(ToPlacer::Settle(done))
            .map_err(|_| internal("the campaign placer has stopped"))?;
        settled
            .await
            .map_err(|_| internal("the campaign placer has stopped"))
    }
}

async fn run(
    db: DatabaseConnection,
    turn: Arc<Turn>,
    mut waiting: mpsc::Receiver<(Prepared, Reply)>,
    placer: mpsc::UnboundedSender<ToPlacer>,
    busy: Arc<Busy>,
) {
    let mut batch = Vec::with_capacity(MOST_PER_BATCH);
    while waiting.recv_many(&mut batch, MOST_PER_BATCH).await > 0 {
        let (prepared, replies): (Vec<Prepared>, Vec<Reply>) = batch.drain(..).unzip();
        busy.begin();
        let answers = {
            let _turn = turn.for_submissions().await;
            write_batch(&db, &prepared).await
        };
        busy.end(answers.iter().any(Result::is_ok));
        // Told before anyone has a receipt, so that a settle asked after one sees it.
        if let Some(first) = answers.iter().filter_map(|a| a.as_ref().ok()).min() {
            let _ = placer.send(ToPlacer::Committed(*first));
        }
        for (reply, answer) in replies.into_iter().zip(answers) {
            // The submitter may have gone (its connection closed): the comment stays.
            let _ = reply.send(answer);
        }
    }
}

/// Writes the batch in one transaction, or each submission in its own when a statement of
/// the batch fails; the answers are in the batch's order. Nothing is acknowledged before its
/// commit, and a failed commit fails every submission of the batch: it is not tried again,
/// since a commit that reports a failure (a full disk, an I/O error) may still have reached
/// the disk, and writing the batch again could then store it twice.
async fn write_batch(db: &DatabaseConnection, batch: &[Prepared]) -> Vec<Result<i64, AppError>> {
    let started = std::time::Instant::now();
    let together = write_together(db, batch).await;
    tracing::debug!(
        target: LOG_TARGET,
        submissions = batch.len(),
        together = together.is_ok(),
        elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
        "group commit"
    );
    match together {
        Ok(ids) => ids.into_iter().map(Ok).collect(),
        Err(Failed::Statement(_)) if batch.len() > 1 => {
            let mut answers = Vec::with_capacity(batch.len());
            for prepared in batch.chunks(1) {
                let alone = write_together(db, prepared)
                    .await
                    .map_err(Failed::into_error)
                    .and_then(|ids| {
                        ids.first()
                            .copied()
                            .ok_or_else(|| internal("a submission was written without an id"))
                    });
                answers.push(alone);
            }
            answers
        }
        Err(failed) => {
            let err = failed.into_error();
            batch.iter().map(|_| Err(err.clone())).collect()
        }
    }
}

/// How writing a batch failed: before its commit (nothing was written), or at its commit
/// (what was written is unknown until the database is read again).
enum Failed {
    Statement(AppError),
    Commit(AppError),
}

impl Failed {
    fn into_error(self) -> AppError {
        match self {
            Self::Statement(err) | Self::Commit(err) => err,
        }
    }
}

/// Writes submissions in one transaction and returns their ids once it is committed.
async fn write_together(db: &DatabaseConnection, batch: &[Prepared]) -> Result<Vec<i64>, Failed> {
    let txn = write_transaction(db).await.map_err(Failed::Statement)?;
    // On an error the transaction is dropped, and so rolled back.
    let ids = store::write_all(&txn, batch)
        .await
        .map_err(Failed::Statement)?;
    txn.commit().await.or_internal().map_err(Failed::Commit)?;
    Ok(ids)
}
