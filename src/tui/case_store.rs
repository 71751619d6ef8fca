//! The one place a case is written from, whichever way the program ends.
//! The event loop keeps the latest state of the case here after every
//! change; `s`, an end reached, quitting, a terminating signal, a panic and
//! a lost terminal all save through it. One lock orders them, so a case is
//! written to one set of files (saved again, it replaces them) and never
//! twice at once.

use std::io;
use std::sync::{Mutex, MutexGuard, PoisonError, TryLockError};
use std::time::{Duration, Instant};

use super::{App, Mode};

use crate::report::{self, SaveJob, SavedTicket};

/// Stands for the path, or the error, in [`Keep::saved_line`] and
/// [`Keep::failed_line`]: those are worded in the session's language ahead
/// of time, as the code that ends the program cannot word anything.
pub(crate) const MARK: &str = "@@mfa-doctor-mark@@";

/// The case as it stands, and what to say once it is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keep {
    pub job: SaveJob,
    /// "Saved: {MARK}", the mark standing for the path.
    pub saved_line: String,
    /// "Could not save …: {MARK}", the mark standing for the error.
    pub failed_line: String,
}

/// Keeps the case after each event, when that is needed: it changed, or
/// its call time has fallen behind. Making it words every step of the way
/// (a case of 10 000 steps takes tens of milliseconds), so a second on the
/// clock makes it again only once as much time has passed as a hundred
/// makings take: at most a hundredth of the time goes to it, however long
/// the case, and a short case's clock is kept to the second.
#[derive(Default)]
pub struct Keeper {
    stamp: Option<u64>,
    made: Option<(Instant, Duration)>,
}

impl Keeper {
    /// After `app` handled an event (`tick`: only the clock moved, which
    /// changes nothing else). A key typed into the caller or note field is
    /// taken like a tick: what is typed is kept as often as the clock is,
    /// and all of it once the field is left.
    pub fn after(&mut self, app: &App, tick: bool) {
        let behind = self.made.is_none_or(|(at, took)| at.elapsed() >= took * 100);
        let typing = app.mode() == Mode::Edit;
        let stamp = if tick {
            if !behind {
                return;
            }
            self.stamp
        } else {
            let stamp = Some(app.case_stamp());
            if stamp == self.stamp || (typing && !behind) {
                return;
            }
            stamp
        };
        let started = Instant::now();
        keep(app.case_to_keep());
        self.stamp = stamp;
        self.made = Some((started, started.elapsed()));
    }
}

struct Store {
    latest: Option<Keep>,
    written: Option<SavedTicket>,
    /// Saved for the last time: nothing is written after this.
    finished: bool,
}

static STORE: Mutex<Store> = Mutex::new(Store { latest: None, written: None, finished: false });

fn store() -> MutexGuard<'static, Store> {
    STORE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Keeps `keep` as the case to save if the program ends now; `None` when
/// there is nothing to save (yet).
pub(crate) fn keep(keep: Option<Keep>) {
    store().latest = keep;
}

/// Saves `job` now (`s`, an end reached): over the case's own files once it
/// has some.
pub(crate) fn save(job: &SaveJob) -> io::Result<SavedTicket> {
    let mut store = store();
    let saved = report::save(job, store.written.as_ref())?;
    store.written = Some(saved.clone());
    Ok(saved)
}

/// The last save, as the program ends normally: `keep` is the case as it
/// stands. Returns how it went, or `None` when there was nothing to save.
pub(crate) fn finish(keep: Option<Keep>) -> Option<io::Result<SavedTicket>> {
    let mut store = store();
    if store.finished {
        return None;
    }
    store.finished = true;
    store.latest = None;
    let job = keep?.job;
    let saved = report::save(&job, store.written.as_ref());
    if let Ok(paths) = &saved {
        store.written = Some(paths.clone());
    }
    Some(saved)
}

/// Saves the case kept last, when the program is ending in a way it did
/// not choose (a signal, a panic); returns the line to tell. `wait`: wait
/// for a save under way to finish; a panic does not wait, as the panicking
/// code may hold the lock itself.
pub(crate) fn rescue(wait: bool) -> Option<String> {
    let mut store = if wait {
        store()
    } else {
        match STORE.try_lock() {
            Ok(store) => store,
            Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
            Err(TryLockError::WouldBlock) => return None,
        }
    };
    if store.finished {
        return None;
    }
    store.finished = true;
    let keep = store.latest.take()?;
    Some(match report::save(&keep.job, store.written.as_ref()) {
        Ok(saved) => {
            let line = keep.saved_line.replace(MARK, &saved.text.display().to_string());
            store.written = Some(saved);
            line
        }
        Err(error) => keep.failed_line.replace(MARK, &error.to_string()),
    })
}
