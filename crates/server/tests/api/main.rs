//! Black-box API tests: each starts the real server on port 0 with a fresh database.
mod admin;
mod attachments;
mod departments;
mod helpers;
mod idempotency;
mod inquiries;
mod openapi;
mod postal_codes;
mod procedures;
mod web_mode;
