//! Black-box API tests: each starts the real server on port 0 with a fresh database, and each
//! runs twice, on SQLite and on PostgreSQL (`helpers::on_both_stores!`): one contract, two stores.

// The test bodies are plain `async fn`s called by the generated `#[tokio::test]`s, so clippy's
// `allow-unwrap-in-tests` does not see them as tests; a panic is how a test reports, here too.
#![allow(clippy::unwrap_used)]
mod account_data;
mod accounts;
mod admin;
mod applications;
mod areas;
mod attachment_sweep;
mod attachments;
mod booking_on_behalf;
mod booking_reminders;
mod booking_staff;
mod booking_waitlist;
mod bookings;
mod cli;
mod contract;
mod database_trouble;
mod departments;
mod helpers;
mod holidays;
mod idempotency;
mod identity_levels;
mod instances;
mod notices;
mod openapi;
mod passkeys;
mod postal_codes;
mod procedures;
mod push;
mod resident_details;
mod smtp;
mod store_contract;
mod upload_limits;
mod upload_senders;
mod web_mode;
