#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting and lints, the Rust tests
# (domain, services, router, real server processes; with cargo-nextest, each in a process
# of its own and none longer than five minutes) on SQLite and again on a throwaway
# PostgreSQL 15 cluster, then the Playwright tests in Debian's Chromium against the
# release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --all -- --check
# The markup inside `view!`. Not app.rs: leptosfmt 0.1.33 drops the braces around a route's
# `view={Lazy::<…>::new()}`, which the `view!` parser then refuses.
leptosfmt --check --quiet --excludes app/src/app.rs app/src

step "lints (per package: ssr and hydrate cannot be built together)"
cargo clippy -p migrations --all-targets -- -D warnings
cargo clippy -p app --features ssr --all-targets -- -D warnings
cargo clippy -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p server --all-targets -- -D warnings
cargo clippy -p bench --all-targets -- -D warnings

# Every Rust test of the workspace but the browser half's (frontend), in one run.
rust_tests() {
  cargo nextest run --config-file scripts/nextest.toml --no-tests=warn \
    -p app -p server -p bench -p migrations --features app/ssr "$@"
}

step "Rust tests on SQLite"
rust_tests

step "Rust tests on PostgreSQL 15 (a throwaway cluster; each test gets a database of its own)"
cluster=$(scripts/pg-cluster.sh start)
trap 'scripts/pg-cluster.sh stop "${cluster%% *}"' EXIT
export CONSULT_TEST_POSTGRES="${cluster#* }"
# The ignored test needs PostgreSQL: two server processes sharing one database.
rust_tests --run-ignored all
scripts/pg-cluster.sh stop "${cluster%% *}"
trap - EXIT
unset CONSULT_TEST_POSTGRES

step "release build"
cargo leptos build --release --split

step "end-to-end tests (Playwright, Debian's Chromium)"
cd end2end
npx playwright test
