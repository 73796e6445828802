# Sourced by the scripts: where builds go and where the tools are.
# Builds go to a cache outside the clone, so a second run (or a fresh clone) is warm.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/consult-target}"
export PATH="$HOME/.cargo/bin:$(pwd)/end2end/node_modules/.bin:$PATH"
