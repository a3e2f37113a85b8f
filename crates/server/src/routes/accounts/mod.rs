//! Accounts over HTTP: a resident signs in with a code mailed to them (`sign_in.rs`), sees and
//! revokes their devices and reads the audit entries about them (`me.rs`); staff sign in with a
//! password and TOTP and a clerk records a resident's identity check (`staff.rs`); tries are
//! counted in windows every instance shares (`routes/limits.rs`).
//!
//! **Outside the idempotency layer:** the three routes of [`UNKEYED_PATHS`] answer secrets (a
//! device credential, access and session tokens), which must not be kept for replay in the
//! idempotency table. Each is safe to send again by itself: a code request mails a newer code, a
//! spent code is refused (the app asks for a new one), a refresh makes another token.

pub mod me;
pub mod sign_in;
pub mod staff;

/// Mutations that take no `Idempotency-Key` (see the module's doc); `startup::router` mounts them
/// outside the layer and the OpenAPI document leaves the header off them.
pub const UNKEYED_PATHS: &[&str] = &[
    sign_in::CODE_PATH,
    sign_in::SIGN_IN_PATH,
    sign_in::REFRESH_PATH,
    staff::SIGN_IN_PATH,
];
