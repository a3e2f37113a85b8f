//! The resident's data on this device: one SQLCipher database, encrypted with a random 256-bit key
//! that lives in the OS keyring (see [`key`]). Opened lazily on first use, so the app starts (and
//! can show a localized message) even when no keyring is available.
//!
//! **Architecture Invariant:** there is no plaintext path. Without a key from the keyring the
//! database is not created; with the wrong key it is not read ([`StoreError::Locked`]).

pub mod cache;
pub mod key;
pub(crate) mod migrations;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use key::{DatabaseKey, KeyError, KeyStore, KeyringBackend};

/// The database file's name inside the app's data folder.
pub const DATABASE_FILE: &str = "madoguchi-local.db";

/// SQLite's page cache for this connection, in KiB (negative `cache_size` means KiB). Everything we
/// cache (catalogue, the resident's applications and drafts) is well under 1 MiB; 8 MiB keeps the
/// whole working set decrypted in memory, so reads cost what plain SQLite costs.
pub const CACHE_KIB: i64 = 8 * 1024;

/// Why the local data cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The file exists but the key is missing or wrong.
    #[error("the local data cannot be decrypted (its key is missing or wrong)")]
    Locked,
    #[error("local database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("local data is invalid: {0}")]
    Corrupt(String),
    #[error("cannot prepare {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("local data task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// The encrypted database of one data folder.
pub struct LocalStore {
    path: PathBuf,
    keys: KeyStore,
    conn: Mutex<Option<Connection>>,
}

impl LocalStore {
    /// A store in `dir` (not opened yet). The keyring entry is named after the folder.
    pub fn new(dir: &Path, backend: KeyringBackend) -> Self {
        let path = dir.join(DATABASE_FILE);
        let keys = KeyStore::new(backend, &data_id(dir));
        Self {
            path,
            keys,
            conn: Mutex::new(None),
        }
    }

    pub fn database_path(&self) -> &Path {
        &self.path
    }

    /// The keyring entry of this store's key.
    pub fn keys(&self) -> &KeyStore {
        &self.keys
    }

    /// Runs `f` on the open connection (opening, or creating with a new key, on first use).
    pub fn with_conn<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // A panic while holding the lock cannot leave SQLite half-written (transactions roll back).
        let mut guard = self
            .conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if guard.is_none() {
            *guard = Some(self.open_or_create()?);
        }
        let conn = guard
            .as_mut()
            .ok_or_else(|| StoreError::Corrupt("connection vanished".into()))?;
        f(conn)
    }

    /// Whether there is a store to read: open now, or its file on disk. A store never used, or
    /// wiped, has none; looking must not make one (with a new key in the keyring).
    pub fn exists(&self) -> bool {
        let open = self
            .conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .is_some();
        open || self.path.exists()
    }

    /// [`LocalStore::with_conn`] on Tokio's blocking pool.
    pub async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let store = Arc::clone(self);
        tokio::task::spawn_blocking(move || store.with_conn(f)).await?
    }

    /// Deletes the database (with its WAL) and then its key: "delete my data on this device" and
    /// sign-out. The next use starts an empty store with a new key.
    pub fn wipe(&self) -> Result<(), StoreError> {
        let mut guard = self
            .conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        drop(guard.take());
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let file = PathBuf::from(format!("{}{suffix}", self.path.display()));
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => {
                    return Err(StoreError::Io {
                        path: file.display().to_string(),
                        source,
                    });
                }
            }
        }
        self.keys.delete()?;
        Ok(())
    }

    fn open_or_create(&self) -> Result<Connection, StoreError> {
        match self.keys.load()? {
            Some(key) => open_encrypted(&self.path, &key),
            // A database without its key is unreadable: say so rather than replace it silently.
            None if self.path.exists() => Err(StoreError::Locked),
            None => {
                let key = DatabaseKey::generate()?;
                self.keys.save(&key)?;
                // Some keyrings accept a write they cannot give back (a locked collection): check
                // now, before we write data no one could ever decrypt again.
                match self.keys.load()? {
                    Some(stored) if stored.to_hex() == key.to_hex() => {}
                    _ => return Err(KeyError::Unavailable("the keyring did not keep the key".into()).into()),
                }
                if let Some(dir) = self.path.parent() {
                    std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                        path: dir.display().to_string(),
                        source,
                    })?;
                }
                open_encrypted(&self.path, &key)
            }
        }
    }
}

/// Opens (creating if needed) the SQLCipher database at `path` with a raw key, checks the key,
/// tunes the connection and migrates the schema.
pub fn open_encrypted(path: &Path, key: &DatabaseKey) -> Result<Connection, StoreError> {
    wait_for_sqlcipher()?;
    let mut conn = Connection::open(path)?;
    conn.execute_batch(&key.pragma())?;
    // The key is only checked on the first read: a wrong one fails here ("file is not a database").
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
        .map_err(|_| StoreError::Locked)?;
    tune(&conn)?;
    migrations::migrate(&mut conn)?;
    Ok(conn)
}

/// SQLCipher finishes its one-time start-up only *after* SQLite has marked itself initialised
/// (`sqlite3_initialize` runs `sqlcipher_extra_init` last, outside its own lock). A connection that
/// another thread keys inside that window is refused ("An error occurred with PRAGMA key", logged
/// as "sqlcipher not initialized"). One app holds one connection, but any process with several
/// stores or another SQLite user (the test binaries, the fault test, a future kiosk with a profile
/// per session) can hit it, and CI once saw a test fail this way. So every keyed open first waits until a throw-away in-memory
/// connection accepts a key, which SQLCipher allows only once its start-up is complete.
fn wait_for_sqlcipher() -> Result<(), StoreError> {
    use std::sync::atomic::{AtomicBool, Ordering};
    static READY: AtomicBool = AtomicBool::new(false);
    // Not a secret: it keys an empty in-memory database that is dropped at once.
    const PROBE: &str =
        "PRAGMA key = \"x'00000000000000000000000000000000000000000000000000000000000000ff'\";";
    // The window lasts microseconds; 2 s of 1 ms waits is far beyond it, and a real failure
    // (a SQLCipher that cannot start) still surfaces as the error of the last try.
    const TRIES: u32 = 2000;
    if READY.load(Ordering::Acquire) {
        return Ok(());
    }
    let mut tries = 0;
    loop {
        let probe = Connection::open_in_memory()?;
        match probe.execute_batch(PROBE) {
            Ok(()) => {
                READY.store(true, Ordering::Release);
                return Ok(());
            }
            Err(e) if tries + 1 >= TRIES => return Err(e.into()),
            Err(_) => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
        }
    }
}

/// The same database without encryption: only for the benchmark's baseline (the same SQLCipher
/// library opened without a key behaves as plain SQLite).
pub fn open_plain_for_benchmark(path: &Path) -> Result<Connection, StoreError> {
    let mut conn = Connection::open(path)?;
    tune(&conn)?;
    migrations::migrate(&mut conn)?;
    Ok(conn)
}

fn tune(conn: &Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a commit is on disk before we tell the resident "saved" (the outbox's promise holds
    // through a power cut, not only a crash).
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// A stable, non-secret name for a data folder (FNV-1a of its path), used in the keyring entry.
fn data_id(dir: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in dir.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
