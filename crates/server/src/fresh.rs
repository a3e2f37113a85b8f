//! A value built from the database that an instance keeps for [`FRESH_FOR`] instead of rebuilding
//! it per request: the catalogue's serialised answers (`routes/etag.rs`) and the booking setup
//! with its calendar (`routes/booking/setup.rs`). Each changes a few times a year and is read by
//! nearly every request of its kind.
//!
//! What another instance (or the CLI) writes to the database is used here within [`FRESH_FOR`].
//! While one request reloads an expired copy, the others get that copy rather than waiting, so a
//! slow database never puts every resident in a queue behind it.

use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How long a kept value is used before the database is asked again.
pub const FRESH_FOR: Duration = Duration::from_secs(1);

/// One kept value, reloaded by at most one request at a time.
pub struct Fresh<T> {
    current: RwLock<Option<(Instant, Arc<T>)>>,
    /// Held while one request reloads, so a burst after expiry reads the database once.
    reloading: tokio::sync::Mutex<()>,
}

impl<T> Default for Fresh<T> {
    fn default() -> Self {
        Self {
            current: RwLock::new(None),
            reloading: tokio::sync::Mutex::new(()),
        }
    }
}

impl<T> Fresh<T> {
    /// The kept value while fresh, else `load`'s, kept. `load` is given the copy it replaces, so
    /// it can keep that copy when the content did not change (and with it anything derived).
    pub async fn get<E, F, Fut>(&self, load: F) -> Result<Arc<T>, E>
    where
        F: FnOnce(Option<Arc<T>>) -> Fut,
        Fut: Future<Output = Result<Arc<T>, E>>,
    {
        if let Some(fresh) = self.fresh() {
            return Ok(fresh);
        }
        let _reloading = match self.reloading.try_lock() {
            Ok(guard) => guard,
            Err(_) => match self.any() {
                Some(stale) => return Ok(stale),
                // Nothing to serve yet: wait for the first load.
                None => self.reloading.lock().await,
            },
        };
        if let Some(fresh) = self.fresh() {
            return Ok(fresh);
        }
        let loaded = load(self.any()).await?;
        *self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((Instant::now(), Arc::clone(&loaded)));
        Ok(loaded)
    }

    fn any(&self) -> Option<Arc<T>> {
        let current = self
            .current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        current.as_ref().map(|(_, value)| Arc::clone(value))
    }

    fn fresh(&self) -> Option<Arc<T>> {
        let current = self
            .current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        current
            .as_ref()
            .filter(|(at, _)| at.elapsed() < FRESH_FOR)
            .map(|(_, value)| Arc::clone(value))
    }

    /// Makes the kept copy expired, as if [`FRESH_FOR`] had passed (tests).
    #[cfg(test)]
    pub(crate) fn expire(&self) {
        let mut current = self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((at, _)) = current.as_mut() {
            *at = Instant::now() - FRESH_FOR;
        }
    }

    /// Holds the reload lock, as a request reloading would (tests).
    #[cfg(test)]
    pub(crate) async fn hold_reload(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.reloading.lock().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn load(value: i32) -> Result<Arc<i32>, &'static str> {
        Ok(Arc::new(value))
    }

    #[tokio::test]
    async fn a_fresh_value_is_used_without_asking_and_an_expired_one_is_reloaded() {
        let kept = Fresh::default();
        assert_eq!(*kept.get(|_| load(1)).await.unwrap(), 1);
        let again = kept.get(|_| async { Err("not asked") }).await.unwrap();
        assert_eq!(*again, 1);
        kept.expire();
        let reloaded = kept
            .get(|previous| async move {
                assert_eq!(previous.as_deref(), Some(&1));
                load(2).await
            })
            .await
            .unwrap();
        assert_eq!(*reloaded, 2);
    }

    #[tokio::test]
    async fn while_one_request_reloads_the_others_get_the_copy_it_replaces() {
        let kept = Fresh::default();
        kept.get(|_| load(1)).await.unwrap();
        kept.expire();
        let held = kept.hold_reload().await;
        let meanwhile = kept.get(|_| async { Err("not asked") }).await.unwrap();
        assert_eq!(*meanwhile, 1);
        drop(held);
        assert_eq!(*kept.get(|_| load(2)).await.unwrap(), 2);
    }

    #[tokio::test]
    async fn a_failed_load_keeps_nothing_and_the_next_request_asks_again() {
        let kept: Fresh<i32> = Fresh::default();
        assert_eq!(kept.get(|_| async { Err("down") }).await, Err("down"));
        assert_eq!(*kept.get(|_| load(3)).await.unwrap(), 3);
    }
}
