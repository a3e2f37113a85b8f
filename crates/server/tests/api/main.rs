//! Black-box API tests: each starts the real server on port 0 with a fresh database.
mod admin;
mod departments;
mod helpers;
mod idempotency;
mod inquiries;
mod openapi;
mod procedures;
mod web_mode;
