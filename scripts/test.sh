#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting and lints, the Rust tests
# (domain, services on SQLite, router), then the Playwright tests in Debian's Chromium
# against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --all -- --check

step "lints (per package: ssr and hydrate cannot be built together)"
cargo clippy -p migrations --all-targets -- -D warnings
cargo clippy -p app --features ssr --all-targets -- -D warnings
cargo clippy -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p server --all-targets -- -D warnings

step "Rust tests"
cargo test -p app --features ssr
cargo test -p server
cargo test -p migrations

step "release build"
cargo leptos build --release

step "end-to-end tests (Playwright, Debian's Chromium)"
cd end2end
npx playwright test
