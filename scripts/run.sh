#!/usr/bin/env bash
# Sets up what is missing, builds the release, loads the demo data into the SQLite file
# under ./data/ and serves Consult at http://127.0.0.1:3000 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo leptos build --release --split
export LEPTOS_SITE_ROOT="$PWD/target/site"
"$CARGO_TARGET_DIR/release/server" seed-demo
echo "Consult: http://127.0.0.1:3000"
exec "$CARGO_TARGET_DIR/release/server" serve
