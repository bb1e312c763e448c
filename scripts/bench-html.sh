#!/bin/sh
# Benchmark (not a test): HTML body extraction on the benchmark pages of ../shared/corpus/html,
# briefing and the peers of ../shared/eval (trafilatura, readability-lxml, jusText, html-text,
# goose3, newspaper4k) in the same run, one thread each: median pages/s of REPEATS passes (wall),
# median pages per CPU second (steadier on a shared machine), the slowest page, and briefing's
# body F1 with the benchmark's own scorer. The peers' pages are read into memory before timing.
#   scripts/bench-html.sh [REPEATS]     (default 5; installs the peers into .build/peers-venv)
set -eu
REPEATS=${1:-5}
PAGES=${PAGES:-../shared/corpus/html}
BIN=.build/release/briefing
VENV=.build/peers-venv
swift build -c release --product briefing >/dev/null
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q trafilatura==2.0.0 readability-lxml==0.8.4.1 html-text==0.7.0 jusText==3.0.2 \
        goose3==3.1.20 newspaper4k==0.9.3.1 || echo "some peers could not be installed; they are skipped"
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
echo "$(ls "$PAGES"/*.html | wc -l) pages, $REPEATS passes each, one thread"
printf 'extractor\tpages/s (median)\tpages/CPU-s (median)\tslowest page (ms)\n'
RATES=""
CPU_RATES=""
SLOWEST=0
for run in $(seq "$REPEATS"); do
    LINE=$("$BIN" ingest-bodies -o "$OUT/bodies" "$PAGES" 2>&1 | tail -n 1)
    RATES="$RATES $(echo "$LINE" | sed -n 's/.*(\([0-9.]*\) pages\/s.*/\1/p')"
    CPU_RATES="$CPU_RATES $(echo "$LINE" | sed -n 's/.*; \([0-9.]*\) pages per CPU second.*/\1/p')"
    MS=$(echo "$LINE" | sed -n 's/.*slowest \([0-9]*\) ms.*/\1/p')
    [ "$MS" -gt "$SLOWEST" ] && SLOWEST=$MS
done
median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'briefing\t%s\t%s\t%s\n' "$(median "$RATES")" "$(median "$CPU_RATES")" "$SLOWEST"
"$VENV/bin/python" scripts/html_peer_speed.py "$PAGES" "$REPEATS"
python3 ../shared/eval/score_body.py --expected "$PAGES" --pred "$OUT/bodies" | tail -n 3
