#!/usr/bin/env bash
# Starts the release server for the end-to-end tests: a fresh SQLite database in a
# temporary folder, the demo data and an administrator with a known password, on the port given (default 3100),
# sending mail to the SMTP server given (default: `.eml` files in the temporary folder).
# Playwright starts and stops it (end2end/playwright.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
port=${1:-3100}
target=${CARGO_TARGET_DIR:-$PWD/target}
dir=$(mktemp -d)
export DATABASE_URL="sqlite://$dir/e2e.db?mode=rwc"
export LEPTOS_SITE_ROOT="$PWD/target/site"
export CONSULT_SITE_URL="http://127.0.0.1:$port"
if [ -n "${2:-}" ]; then
  export CONSULT_SMTP_URL="$2"
else
  export CONSULT_OUTBOX_DIR="$dir/outbox"
fi
"$target/release/server" seed-demo --password "e2e demo pass phrase" >/dev/null
# An administrator for the tests of the accounts page (the demo has none).
echo "e2e demo pass phrase" | "$target/release/server" create-admin \
  --email admin@e2e.consult.example --name "Ada Administrator" >/dev/null
"$target/release/server" --addr "127.0.0.1:$port" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT INT TERM
wait $pid
