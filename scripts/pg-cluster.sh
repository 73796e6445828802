#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, in a temporary folder, on a free port.
#
#   scripts/pg-cluster.sh start   prints the folder and the URL: DIR URL
#   scripts/pg-cluster.sh stop DIR  stops the cluster and removes the folder
#
# initdb refuses to run as root, so the cluster belongs to the `postgres` user when the
# script runs as root. Nothing listens beyond 127.0.0.1; authentication is `trust`, which
# is only acceptable because the cluster lives for one test run.
set -euo pipefail
export PATH="/usr/lib/postgresql/15/bin:$PATH"

if ! command -v initdb >/dev/null || ! command -v pg_ctl >/dev/null; then
    echo "[pg-cluster] installing PostgreSQL 15 from Debian" >&2
    as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/consult-pg.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    as_owner initdb -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    port=$(free_port)
    as_owner pg_ctl -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" \
        start >/dev/null
    echo "$dir postgres://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    dir=${2:?the folder printed by start}
    as_owner pg_ctl -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
