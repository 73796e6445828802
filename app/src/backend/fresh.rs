//! What every reader is shown alike, kept for a second: a paper's text and a paragraph's
//! comments are the same for a visitor and for each signed-in stakeholder, so they are read
//! from the database once a second, not once per reader. The server's page cache keeps
//! visitors' whole pages here too; a signed-in reader's page is still rendered for them,
//! with their own header and forms, from the shared reads.
//!
//! - Only what does not depend on who reads is kept; the caller builds the key from every
//!   argument of the read.
//! - Every request that may change something empties it (the server's page cache calls
//!   [`Fresh::clear`]), pages and reads at once, so a change made in this process is seen at once; another server
//!   process on the same database sees it within [`FRESH_FOR`].
//! - A read that began before a change is not kept: each clearing starts a new
//!   generation, and a value read in an earlier one is given to its caller only.

use crate::domain::AppError;
use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a value is given again.
pub const FRESH_FOR: Duration = Duration::from_secs(1);
/// Values kept at most; past that it starts again empty.
const MOST_VALUES: usize = 1024;

type Value = Arc<dyn Any + Send + Sync>;

#[derive(Default)]
struct Kept {
    generation: u64,
    values: HashMap<String, (Instant, Value)>,
}

/// The values of one server process (cloned, the same values).
#[derive(Clone, Default)]
pub struct Fresh {
    kept: Arc<Mutex<Kept>>,
}

impl std::fmt::Debug for Fresh {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fresh")
    }
}

impl Fresh {
    /// The value kept under `key` if it is fresh, else what `load` reads (kept when it is
    /// not an error and nothing changed meanwhile).
    pub async fn read<T, F>(&self, key: String, load: F) -> Result<T, AppError>
    where
        T: Clone + Send + Sync + 'static,
        F: Future<Output = Result<T, AppError>>,
    {
        if let Some(value) = self.get(&key) {
            return Ok(value);
        }
        let generation = self.generation();
        let value = load.await?;
        self.keep(key, value.clone(), generation);
        Ok(value)
    }

    /// The value kept under `key`, if it is fresh and of type `T`.
    pub fn get<T: Clone + 'static>(&self, key: &str) -> Option<T> {
        let kept = self.kept.lock().ok()?;
        let (at, value) = kept.values.get(key)?;
        if at.elapsed() >= FRESH_FOR {
            return None;
        }
        value.downcast_ref::<T>().cloned()
    }

    /// The generation a read begins in: take it before reading, give it to [`Fresh::keep`].
    pub fn generation(&self) -> u64 {
        self.kept.lock().map_or(0, |kept| kept.generation)
    }

    /// Keeps `value` under `key`, unless something changed since `generation` began (the
    /// value may then be stale). When full, values past their second go first.
    pub fn keep<T: Send + Sync + 'static>(&self, key: String, value: T, generation: u64) {
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if kept.generation != generation {
            return;
        }
        if kept.values.len() >= MOST_VALUES {
            kept.values.retain(|_, (at, _)| at.elapsed() < FRESH_FOR);
            if kept.values.len() >= MOST_VALUES {
                kept.values.clear();
            }
        }
        kept.values.insert(key, (Instant::now(), Arc::new(value)));
    }

    /// Forgets every value: something may have changed.
    pub fn clear(&self) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.generation += 1;
            kept.values.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_value_is_read_once_until_cleared_and_a_read_overtaken_by_a_change_is_not_kept() {
        let fresh = Fresh::default();
        let one = fresh.read("k".into(), async { Ok(1) }).await;
        let again = fresh.read("k".into(), async { Ok(2) }).await;
        assert_eq!((one, again), (Ok(1), Ok(1)));
        // Another type under the same key is not mistaken for it.
        let text = fresh.read("k".into(), async { Ok("t") }).await;
        assert_eq!(text, Ok("t"));
        fresh.clear();
        assert_eq!(fresh.read("k".into(), async { Ok(3) }).await, Ok(3));
        // An error is not kept.
        let failed: Result<i32, AppError> = fresh
            .read("e".into(), async { Err(AppError::NotFound) })
            .await;
        assert_eq!(failed, Err(AppError::NotFound));
        assert_eq!(fresh.read("e".into(), async { Ok(4) }).await, Ok(4));
        // A read during which something changed is given to its caller, not kept.
        let during = fresh
            .read("d".into(), async {
                fresh.clear();
                Ok(5)
            })
            .await;
        assert_eq!(during, Ok(5));
        assert_eq!(fresh.read("d".into(), async { Ok(6) }).await, Ok(6));
    }
}
