//! A process's turn to write, shared by its submission writer and its campaign placer: the
//! placer gives way to submissions, yet is not starved by a flood of them. A leaf.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::{Mutex, MutexGuard};
use tokio::time::Instant;

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
    pub(crate) async fn for_submissions(&self) -> SubmissionsTurn<'_> {
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
pub(crate) struct SubmissionsTurn<'a> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

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
