//! The router's tests, one binary (each test binary links the whole server with its debug
//! information): requests go through `tower::ServiceExt::oneshot`, no socket, on a fresh
//! database each (SQLite in memory, or PostgreSQL with `CONSULT_TEST_POSTGRES`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test set-up fails the test when it fails"
)]

#[path = "../common/mod.rs"]
mod common;
mod support;

mod access;
mod accounts;
mod attachments;
mod cache;
mod campaigns;
mod contributions;
mod digests;
mod health;
mod hostile_input;
mod language;
mod languages;
mod security;
mod themes;
mod translations;
mod weight;
