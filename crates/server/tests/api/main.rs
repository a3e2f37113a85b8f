//! Black-box API tests: each starts the real server on port 0 with a fresh database.
mod helpers;
mod openapi;
mod procedures;
mod web_mode;
