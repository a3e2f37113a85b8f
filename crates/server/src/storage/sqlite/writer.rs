//! The one writer: a thread that owns the write connection and commits in groups.
//!
//! With `synchronous = FULL` every commit waits for the disk (about 1 ms here, so about 1,000
//! commits/s), and every submission needs two (the idempotency claim, then the application with
//! its kept answer). So the thread takes every write waiting in its queue (up to [`MAX_BATCH`]), runs each
//! inside its own SAVEPOINT of one `BEGIN IMMEDIATE` transaction, and commits them with one sync.
//! A write that fails rolls back to its savepoint alone; nobody is answered before the COMMIT
//! that makes their write durable, and if that COMMIT fails every write in the group is told so.
//! Under light load a group is one write, so nothing waits for company.
//!
//! Not every write needs its own sync: an idempotency claim (or its release, or a kept refusal)
//! that a power loss undoes only makes a retry run the request again, which is what the claim is
//! for. Such writes are [`Durability::Light`]: a group of only light writes commits with
//! `synchronous = NORMAL` (no sync; WAL keeps it consistent, a process kill loses nothing, a
//! power loss at most these writes), and the next durable commit syncs them along. A group with
//! any [`Durability::Full`] write (a resident's data) syncs as before. So a submission costs
//! one sync, not two.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;

use rusqlite::Connection;
use tokio::sync::oneshot;

use crate::storage::StoreError;

/// The most writes committed together: enough to fill a sync under 256 concurrent clients,
/// few enough that one slow write does not hold many others for long.
const MAX_BATCH: usize = 256;

/// What a write must survive before its caller is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Durability {
    /// A power loss right after the answer must not undo it: a resident's data.
    Full,
    /// Undone by a power loss (never by a process kill), harmlessly: bookkeeping a retry redoes.
    Light,
}

/// A write waiting for its turn, type-erased so writes of any result type share one queue.
trait Job: Send {
    fn durability(&self) -> Durability;
    /// Runs the write; returns whether it succeeded (so its savepoint is kept).
    fn run(&mut self, conn: &Connection) -> bool;
    /// Answers the caller once the group's COMMIT has been tried.
    fn deliver(self: Box<Self>, commit: Result<(), StoreError>);
}

struct Typed<T, F> {
    durability: Durability,
    write: Option<F>,
    result: Option<Result<T, StoreError>>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<T, F> Job for Typed<T, F>
where
    T: Send,
    F: FnOnce(&Connection) -> Result<T, StoreError> + Send,
{
    fn durability(&self) -> Durability {
        self.durability
    }

    fn run(&mut self, conn: &Connection) -> bool {
        let Some(write) = self.write.take() else {
            return false;
        };
        // A panicking write must not take the thread (and every later write) with it.
        let result = catch_unwind(AssertUnwindSafe(|| write(conn)))
            .unwrap_or_else(|_| Err(StoreError::Internal("a write panicked".into())));
        let ok = result.is_ok();
        self.result = Some(result);
        ok
    }

    fn deliver(self: Box<Self>, commit: Result<(), StoreError>) {
        let answer = match commit {
            Ok(()) => self
                .result
                .unwrap_or_else(|| Err(StoreError::Internal("a write never ran".into()))),
            Err(e) => Err(e),
        };
        // The caller may have gone (a cancelled request): its write stands or fell all the same.
        let _ = self.reply.send(answer);
    }
}

/// The handle the store keeps; cloning it shares the one thread.
#[derive(Clone)]
pub(super) struct Writer {
    jobs: mpsc::Sender<Box<dyn Job>>,
}

impl Writer {
    /// Starts the thread that owns `conn` until every handle is dropped.
    pub(super) fn start(conn: Connection) -> Result<Self, StoreError> {
        let (jobs, queue) = mpsc::channel::<Box<dyn Job>>();
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || run(&conn, &queue))
            .map_err(|e| StoreError::Unavailable(format!("cannot start the writer thread: {e}")))?;
        Ok(Self { jobs })
    }

    /// Queues `write` and waits until it is committed (or refused) as `durability` says.
    pub(super) async fn write<T, F>(&self, durability: Durability, write: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Box<dyn Job> = Box::new(Typed {
            durability,
            write: Some(write),
            result: None,
            reply,
        });
        self.jobs
            .send(job)
            .map_err(|_| StoreError::Unavailable("the writer thread has stopped".into()))?;
        answer
            .await
            .map_err(|_| StoreError::Internal("the writer dropped a write".into()))?
    }
}

fn run(conn: &Connection, queue: &mpsc::Receiver<Box<dyn Job>>) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let commit = commit_group(conn, &mut batch);
        for job in batch {
            job.deliver(commit.clone());
        }
    }
}

fn commit_group(conn: &Connection, batch: &mut [Box<dyn Job>]) -> Result<(), StoreError> {
    let sync = if batch.iter().any(|job| job.durability() == Durability::Full) {
        "FULL"
    } else {
        "NORMAL"
    };
    conn.pragma_update(None, "synchronous", sync)?;
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| {
        for job in batch.iter_mut() {
            conn.execute_batch("SAVEPOINT job")?;
            if job.run(conn) {
                conn.execute_batch("RELEASE job")?;
            } else {
                conn.execute_batch("ROLLBACK TO job; RELEASE job")?;
            }
        }
        conn.execute_batch("COMMIT")?;
        Ok(())
    })();
    if result.is_err() && !conn.is_autocommit() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    result
}
