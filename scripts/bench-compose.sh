#!/bin/sh
# Benchmark (not a test): one "day" of 300 PolNeAR articles — the 300 latest by publication date
# in ../shared/corpus/polnear-train/metadata.tsv — through `briefing generate --timings`, with its
# metadata.tsv sidecar. Prints each stage's time and share; the articles are copied to a temporary folder.
#   scripts/bench-compose.sh [COUNT]      (default 300; needs a release build)
set -eu
COUNT=${1:-300}
CORPUS=${CORPUS:-../shared/corpus/polnear-train}
BIN=.build/release/briefing
[ -x "$BIN" ] || swift build -c release --product briefing
DAY=$(mktemp -d)
trap 'rm -rf "$DAY"' EXIT
mkdir -p "$DAY/in"
tail -n +2 "$CORPUS/metadata.tsv" | sort -t "$(printf '\t')" -k6,6r | head -n "$COUNT" | cut -f2 | while read -r name; do
    cp "$CORPUS/$name.txt" "$DAY/in/$name.txt"
done
cp "$CORPUS/metadata.tsv" "$DAY/in/metadata.tsv"
echo "$(ls "$DAY/in" | grep -c '\.txt$') articles"
for run in 1 2 3; do
    "$BIN" generate "$DAY/in" --date 2016-11-08 --out "$DAY/out" --timings 2>&1 | grep timings || true
done
wc -c "$DAY/out/briefing.md" "$DAY/out/briefing.html" "$DAY/out/briefing.json"
grep -c '' "$DAY/out/briefing.md" | sed 's/^/briefing.md lines: /'
