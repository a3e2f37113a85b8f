//! The Python the server's Web Push interop tests run their push service with
//! (`tests/push/push_service.py`): a venv under the build cache, like schemathesis's, holding
//! `http_ece` (RFC 8291 decryption) and `py_vapid` (RFC 8292 tokens) at pinned versions, with the
//! `cryptography` they are built on. Test hands its interpreter to `cargo test` as
//! [`PYTHON_ENV`]; the tests fall back to [`python`]'s path when run by hand.

use std::path::PathBuf;

use crate::paths;
use crate::step::Result;

/// The packages, pinned: a new release is a change to review like any other.
pub const PACKAGES: &[&str] = &["http_ece==1.2.1", "py-vapid==1.9.6", "cryptography==51.0.1"];

/// The variable the API tests read the interpreter from.
pub const PYTHON_ENV: &str = "MADOGUCHI_PUSH_PYTHON";

pub fn venv() -> PathBuf {
    paths::cache_dir().join("push-interop")
}

pub fn python() -> PathBuf {
    venv().join("bin").join("python3")
}

/// Installs the packages into the venv unless those exact versions are there.
pub fn install() -> Result {
    crate::venv::install(&venv(), PACKAGES, "Web Push interop packages")
}
