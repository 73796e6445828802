#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting and lints, the Rust tests
# (domain, services, router, real server processes; with cargo-nextest, each in a process
# of its own and none longer than five minutes) on SQLite and again on a throwaway
# PostgreSQL 15 cluster, then the Playwright tests in Debian's Chromium against the
# release build. A maildev SMTP server runs for the mail tests (scripts/maildev.sh); the
# Playwright configuration starts its own beside the end-to-end server.
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

# A real SMTP server for the mail tests (maildev, from the npm registry): its SMTP address
# and its API, where the tests read messages back. Stopped when the tests end.
mailer=$(scripts/maildev.sh start)
set -- $mailer
trap 'scripts/maildev.sh stop '"$1" EXIT
export CONSULT_TEST_SMTP="smtp://127.0.0.1:$2"
export CONSULT_TEST_MAILDEV="http://127.0.0.1:$3"
maildev_pid=$1

# Every Rust test of the workspace but the browser half's (frontend), in one run.
rust_tests() {
  cargo nextest run --config-file scripts/nextest.toml --no-tests=warn \
    -p app -p server -p bench -p migrations --features app/ssr "$@"
}

step "Rust tests on SQLite"
rust_tests

step "Rust tests on PostgreSQL 15 (a throwaway cluster; each test gets a database of its own)"
cluster=$(scripts/pg-cluster.sh start)
trap 'scripts/pg-cluster.sh stop "${cluster%% *}"; scripts/maildev.sh stop '"$maildev_pid" EXIT
export CONSULT_TEST_POSTGRES="${cluster#* }"
# The ignored test needs PostgreSQL: two server processes sharing one database.
rust_tests --run-ignored all
scripts/pg-cluster.sh stop "${cluster%% *}"
scripts/maildev.sh stop "$maildev_pid"
trap - EXIT
unset CONSULT_TEST_POSTGRES CONSULT_TEST_SMTP CONSULT_TEST_MAILDEV

step "release build"
cargo leptos build --release --split

step "end-to-end tests (Playwright, Debian's Chromium)"
cd end2end
npx playwright test
