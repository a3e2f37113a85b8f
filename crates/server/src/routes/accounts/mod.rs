//! Accounts over HTTP: a resident signs in with a code mailed to them (`sign_in.rs`), sees and
//! revokes their devices and reads the audit entries about them (`me.rs`); staff sign in with a
//! password and TOTP and a clerk records a resident's identity check (`staff.rs`); tries are
//! counted in windows every instance shares (`routes/limits.rs`).
//!
//! A new form starts with the resident's own details the city already has (`details.rs`, "once
//! only").
//!
//! Passkeys (`passkeys.rs`) are the other way to sign in, and a signed-in resident's to register.
//!
//! **Outside the idempotency layer:** the routes of [`UNKEYED_PATHS`] answer secrets (a device
//! credential, access and session tokens), which must not be kept for replay in the idempotency
//! table, or begin a passkey ceremony (a fresh challenge each time, kept for nobody else). Each is
//! safe to send again by itself: a code request mails a newer code, a spent code or passkey
//! challenge is refused (the app begins again), a refresh makes another token.

pub mod details;
pub mod me;
pub mod passkeys;
pub mod sign_in;
pub mod staff;

/// Mutations that take no `Idempotency-Key` (see the module's doc); `startup::router` mounts them
/// outside the layer and the OpenAPI document leaves the header off them.
pub const UNKEYED_PATHS: &[&str] = &[
    sign_in::CODE_PATH,
    sign_in::SIGN_IN_PATH,
    sign_in::REFRESH_PATH,
    staff::SIGN_IN_PATH,
    passkeys::REGISTER_OPTIONS_PATH,
    passkeys::SIGN_IN_OPTIONS_PATH,
    passkeys::SIGN_IN_PATH,
];
