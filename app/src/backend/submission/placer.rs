//! The placer: puts committed comments in campaigns of near-identical comments
//! ([`campaigns::place_pending`]), after the submitters have their receipts (see
//! [`writer`](super::writer)). What it has not done yet is found again from the database,
//! at start (after a crash) and after an error.

use super::LOG_TARGET;
use crate::backend::campaigns;
use crate::backend::write_turn::Turn;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// How long the placer rests before it tries again after an error.
const PLACER_RETRY: Duration = Duration::from_secs(1);

/// What the placer hears: comments committed from an id on, or someone waiting until
/// every comment committed so far has its place.
pub(super) enum ToPlacer {
    Committed(i64),
    Settle(oneshot::Sender<()>),
}

impl std::fmt::Debug for ToPlacer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Committed(id) => write!(f, "Committed({id})"),
            Self::Settle(_) => f.write_str("Settle"),
        }
    }
}

/// The placer: places what was committed, round after round, until nothing waits; then
/// answers those waiting for it to settle, and waits for news.
pub(super) async fn run(
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
                    tracing::warn!(target: LOG_TARGET, ?err, "placing comments in campaigns failed; retrying");
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
