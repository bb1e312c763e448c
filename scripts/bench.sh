#!/bin/sh
# `make bench`: builds release, installs the baselines' tools when missing (Debian cmark,
# taskset), then runs scripts/bench.py: extraction vs `wc -w`, ×10 corpus, 1 vs 2 cores,
# generate end to end, render vs cmark, start-up and pathological inputs, side by side.
# The table is printed and written to Benchmarks/latest.md (the committed reference result).
#   scripts/bench.sh [--reps N] [--quick] [--out FILE]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product briefing
missing=""
command -v cmark >/dev/null 2>&1 || missing="$missing cmark"
command -v taskset >/dev/null 2>&1 || missing="$missing util-linux"
if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing
fi
exec python3 scripts/bench.py "$@"
