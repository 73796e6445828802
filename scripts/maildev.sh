#!/usr/bin/env bash
# A throwaway SMTP server for the tests: maildev (npm registry, pinned in end2end/package.json)
# on 127.0.0.1, plain SMTP without authentication, with its REST API to read messages back.
#   scripts/maildev.sh start   → prints "<pid> <smtp-port> <web-port>"
#   scripts/maildev.sh stop PID
set -euo pipefail
cd "$(dirname "$0")/.."

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "${1:-}" in
  start)
    smtp=$(free_port)
    web=$(free_port)
    dir=$(mktemp -d -t consult-maildev-XXXXXX)
    nohup end2end/node_modules/.bin/maildev --smtp "$smtp" --web "$web" --ip 127.0.0.1 \
      --web-ip 127.0.0.1 --mail-directory "$dir" --silent >"$dir/maildev.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
      if curl -sf "http://127.0.0.1:$web/healthz" >/dev/null 2>&1; then
        echo "$pid $smtp $web"
        exit 0
      fi
      sleep 0.1
    done
    echo "maildev did not start; its log:" >&2
    cat "$dir/maildev.log" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
    ;;
  stop)
    kill "${2:?the pid}" 2>/dev/null || true
    ;;
  *)
    echo "usage: $0 start | stop PID" >&2
    exit 2
    ;;
esac
