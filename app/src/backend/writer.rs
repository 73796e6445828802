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
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::{Mutex, MutexGuard, mpsc, oneshot};
use tokio::time::Instant;

/// The most submissions written in one transaction.
const MOST_PER_BATCH: usize = 256;
/// Submissions that may wait for the writer; further submitters wait to be let in.
const QUEUE: usize = 4096;
/// How long the placer rests before it tries again after an error.
const PLACER_RETRY: Duration = Duration::from_secs(1);
/// The placer writes once the submission writer has rested this long...
const WRITER_AT_REST: Duration = Duration::from_millis(20);
/// ...or once it has waited this long for that.
const PLACING_MOST_DEFERRED: Duration = Duration::from_secs(1);

/// A process's turn to write, shared by its submission writer and its campaign placer;
/// the placer gives way to submissions (see the module's notes).
#[derive(Debug)]
pub struct Turn {
    lock: Mutex<()>,
    started: Instant,
    /// When the writer last finished a batch, in milliseconds from `started`.
    last_batch: AtomicU64,
}

impl Default for Turn {
    fn default() -> Self {
        Self {
            lock: Mutex::new(()),
            started: Instant::now(),
            last_batch: AtomicU64::new(0),
        }
    }
}

impl Turn {
    fn now(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// The writer's turn; the writer's rest counts from when it gives the turn back.
    async fn for_submissions(&self) -> SubmissionsTurn<'_> {
        SubmissionsTurn {
            _held: self.lock.lock().await,
            turn: self,
        }
    }

    /// The turn of a placer, once the writer has rested [`WRITER_AT_REST`] or after
    /// [`PLACING_MOST_DEFERRED`].
    pub async fn for_placing(&self) -> MutexGuard<'_, ()> {
        let at_rest = u64::try_from(WRITER_AT_REST.as_millis()).unwrap_or(u64::MAX);
        let deferred_until = Instant::now() + PLACING_MOST_DEFERRED;
        while Instant::now() < deferred_until {
            let rested = self
                .now()
                .saturating_sub(self.last_batch.load(Ordering::Relaxed));
            if rested >= at_rest {
                break;
            }
            tokio::time::sleep(Duration::from_millis(at_rest - rested)).await;
        }
        self.lock.lock().await
    }
}

/// The submission writer's turn, held while it writes a batch.
struct SubmissionsTurn<'a> {
    _held: MutexGuard<'a, ()>,
    turn: &'a Turn,
}

impl Drop for SubmissionsTurn<'_> {
    fn drop(&mut self) {
        self.turn
            .last_batch
            .store(self.turn.now(), Ordering::Relaxed);
    }
}

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
    /// Starts the writer and placer tasks on the current tokio runtime, on connections of
    /// their own in a server (see [`db::connect_writer`](super::db::connect_writer)).
    pub fn start(db: DatabaseConnection) -> Self {
        let (jobs, waiting) = mpsc::channel(QUEUE);
        let (placer, told) = mpsc::unbounded_channel();
        let turn = Arc::new(Turn::default());
        tokio::spawn(place(db.clone(), turn.clone(), told));
        tokio::spawn(run(db, turn, waiting, placer.clone()));
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
    turn: Arc<Turn>,
    mut waiting: mpsc::Receiver<(Prepared, Reply)>,
    placer: mpsc::UnboundedSender<ToPlacer>,
) {
    let mut batch = Vec::with_capacity(MOST_PER_BATCH);
    while waiting.recv_many(&mut batch, MOST_PER_BATCH).await > 0 {
        let (prepared, replies): (Vec<Prepared>, Vec<Reply>) = batch.drain(..).unzip();
        let answers = {
            let _turn = turn.for_submissions().await;
            write_batch(&db, &prepared).await
        };
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

/// The placer: places what was committed, round after round, until nothing waits; then
/// answers those waiting for it to settle, and waits for news.
async fn place(
    db: DatabaseConnection,
    turn: Arc<Turn>,
    mut told: mpsc::UnboundedReceiver<ToPlacer>,
) {
    // From the first comment at start: a stop may have left some unplaced.
    let mut after = 0;
    let mut settling: Vec<oneshot::Sender<()>> = Vec::new();
    let mut news = Vec::new();
    loop {
        let mut failed = false;
        loop {
            match campaigns::place_pending(&db, &turn, after, campaigns::MOST_PER_ROUND).await {
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
async fn write_batch(db: &DatabaseConnection, batch: &[Prepared]) -> Vec<Result<i64, AppError>> {
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
            for prepared in batch.chunks(1) {
                let alone = write_together(db, prepared).await.and_then(|ids| {
                    ids.first()
                        .copied()
                        .ok_or_else(|| super::internal("a submission was written without an id"))
                });
                answers.push(alone);
            }
            answers
        }
        Err(err) => vec![Err(err)],
    }
}

/// Writes submissions in one transaction and returns their ids once it is committed.
async fn write_together(db: &DatabaseConnection, batch: &[Prepared]) -> Result<Vec<i64>, AppError> {
    let txn = super::write_transaction(db).await?;
    // On an error the transaction is dropped, and so rolled back.
    let ids = comments::write_all(&txn, batch).await?;
    txn.commit().await.or_internal()?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_placer_writes_at_once_when_the_writer_rests() {
        let turn = Turn::default();
        tokio::time::sleep(WRITER_AT_REST).await;
        let asked = Instant::now();
        drop(turn.for_placing().await);
        assert!(asked.elapsed() < Duration::from_millis(1));
        // Just after a batch, it waits for the writer's rest, no longer; the rest counts
        // from the end of a batch, however long it took.
        let batch = turn.for_submissions().await;
        tokio::time::sleep(WRITER_AT_REST * 2).await;
        drop(batch);
        let asked = Instant::now();
        drop(turn.for_placing().await);
        assert_eq!(asked.elapsed(), WRITER_AT_REST);
    }

    #[tokio::test(start_paused = true)]
    async fn under_a_flood_of_submissions_the_placer_writes_once_in_a_while() {
        let turn = Arc::new(Turn::default());
        let writer = {
            let turn = turn.clone();
            tokio::spawn(async move {
                // A batch every 5 ms, for ever.
                loop {
                    drop(turn.for_submissions().await);
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            })
        };
        let asked = Instant::now();
        drop(turn.for_placing().await);
        let waited = asked.elapsed();
        writer.abort();
        assert!(waited >= PLACING_MOST_DEFERRED, "{waited:?}");
        assert!(
            waited < PLACING_MOST_DEFERRED + WRITER_AT_REST,
            "{waited:?}"
        );
    }
}
