//! Black-box API tests: each starts the real server on port 0 with a fresh database, and each
//! runs twice, on SQLite and on PostgreSQL (`helpers::on_both_stores!`): one contract, two stores.
mod admin;
mod attachments;
mod contract;
mod departments;
mod helpers;
mod idempotency;
mod inquiries;
mod instances;
mod openapi;
mod postal_codes;
mod procedures;
mod store_contract;
mod web_mode;
