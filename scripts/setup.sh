#!/usr/bin/env bash
# Installs what building and testing Consult needs, skipping what is already there.
# Safe to run again: every step checks first. Used by scripts/run.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$root/end2end/node_modules/.bin:$PATH"

# The WASM target for the browser half of the app.
if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# cargo-leptos builds the server and the WASM together. Its newest release needs a newer
# rustc than stable here, so it is built with nightly (debug build: as fast, half the time).
if ! cargo leptos --version >/dev/null 2>&1; then
  log "installing cargo-leptos (about 10 minutes)"
  cargo +nightly install cargo-leptos --locked --debug
fi

# cargo-nextest runs the Rust tests (scripts/test.sh); machines here come with it.
if ! cargo nextest --version >/dev/null 2>&1; then
  log "installing cargo-nextest (about 5 minutes)"
  cargo +nightly install cargo-nextest --locked
fi

# leptosfmt formats the markup inside `view!` (scripts/test.sh checks it); one version for
# everyone, since its output changes between versions.
if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt 0.1.33" ]; then
  log "installing leptosfmt 0.1.33 (about 2 minutes)"
  cargo install leptosfmt --version 0.1.33 --locked
fi

# cargo-leptos would download wasm-bindgen; install the exact version Cargo.lock names.
want_wb=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
have_wb=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$want_wb" != "$have_wb" ]; then
  log "installing wasm-bindgen-cli $want_wb (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$want_wb" --force
fi

# wasm-opt and the Playwright test runner come from the npm registry (end2end/package.json
# top level pins them; node_modules is not committed).
if ! [ -x end2end/node_modules/.bin/wasm-opt ] || ! [ -d end2end/node_modules/@playwright/test ] \
   || ! [ -d end2end/node_modules/@axe-core/playwright ] || ! [ -x end2end/node_modules/.bin/maildev ]; then
  log "installing npm packages (binaryen, @playwright/test, @axe-core/playwright, maildev)"
  (cd end2end && npm ci --no-audit --no-fund)
fi

# Debian's Chromium for the end-to-end tests (Playwright never downloads a browser here).
if ! [ -x /usr/bin/chromium ]; then
  log "installing chromium from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

log "tools ready: $(cargo leptos --version), wasm-bindgen $want_wb, $(end2end/node_modules/.bin/wasm-opt --version)"
