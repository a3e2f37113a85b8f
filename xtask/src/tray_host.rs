//! The Python the window tests' tray runs with (`tests/support/tray_host.py`: a StatusNotifierWatcher
//! on the test's private session bus, and the window manager's close request): a venv under the
//! build cache, like the Web Push interop tests', holding `dbus-fast` (D-Bus) and `python-xlib`
//! (X11, with `six`, which it imports) at pinned versions. Test hands its interpreter to the window
//! suites as [`PYTHON_ENV`]; `tests/support/tray.mjs` falls back to [`python`]'s path when run by hand.

use std::path::PathBuf;

use crate::paths;
use crate::step::Result;

/// The packages, pinned: a new release is a change to review like any other.
pub const PACKAGES: &[&str] = &["dbus-fast==5.2.0", "python-xlib==0.33", "six==1.17.0"];

/// The variable the window tests read the interpreter from.
pub const PYTHON_ENV: &str = "MADOGUCHI_TRAY_PYTHON";

pub fn venv() -> PathBuf {
    paths::cache_dir().join("tray-host")
}

pub fn python() -> PathBuf {
    venv().join("bin").join("python3")
}

/// Installs the packages into the venv unless those exact versions are there.
pub fn install() -> Result {
    crate::venv::install(&venv(), PACKAGES, "tray host packages")
}
