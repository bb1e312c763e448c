#!/usr/bin/env bash
# No data lost: SIGKILLs `briefing generate` at random moments while it writes a new briefing
# over a previous one, and checks after each kill that every briefing file is complete and
# valid — byte-identical to the previous briefing or to the complete new one — that no
# temporary file is left looking like an output, and that the input folder was not written to.
#   scripts/kill-test.sh [RUNS]     (default 20)
#   BRIEFING=path/to/briefing      (default: .build/release/briefing, else .build/debug/briefing)
#   KILL_ARTICLES=N                (articles in the new day, default 300)
# Prints one line per run and a summary; exits 1 when anything was lost.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
articles=${KILL_ARTICLES:-300}
binary=${BRIEFING:-}
if [ -z "$binary" ]; then
    for candidate in .build/release/briefing .build/debug/briefing; do
        [ -x "$candidate" ] && { binary=$candidate; break; }
    done
fi
[ -x "${binary:-}" ] || { echo "kill-test: build briefing first (swift build)" >&2; exit 2; }
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
work=$(mktemp -d /tmp/briefing-kill.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The new day: PolNeAR articles when the shared corpus is there, else copies of the samples.
corpus=../shared/corpus/polnear-train
mkdir -p "$work/new-day" "$work/old-day"
if [ -d "$corpus" ]; then
    mapfile -t files < <(find "$corpus" -name '*.txt' | sort)
    cp "${files[@]:0:$articles}" "$work/new-day/"
else
    i=0
    while [ "$i" -lt "$articles" ]; do
        for f in Samples/*/*.txt; do cp "$f" "$work/new-day/$i-$(basename "$f")"; i=$((i + 1)); done
    done
fi
cp Samples/2026-11-24/*.txt "$work/old-day/"
chmod -R a-w "$work/new-day"
input_sum() { (cd "$work/new-day" && find . -print0 | sort -z | xargs -0 ls -ld --time-style=+%s.%N && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum; }
before=$(input_sum)

generate() { "$binary" generate "$1" --date 2026-11-24 --out "$2" 2>/dev/null; }
# The previous briefing (old day), and the complete new one for comparison.
generate "$work/old-day" "$work/old"
start=$(date +%s.%N)
generate "$work/new-day" "$work/new"
full=$(python3 -c "print(round($(date +%s.%N) - $start, 3))")
echo "kill-test: $binary; a complete run on $(ls "$work/new-day" | wc -l) articles takes ${full} s"

valid() { # FILE NAME: complete and well-formed
    case $2 in
        briefing.json) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null ;;
        briefing.html) [ "$(tail -c 8 "$1" | tr -d '\n')" = "</html>" ] ;;
        briefing.md) [ -s "$1" ] ;;
    esac
}

lost=0 killed=0
for run in $(seq 1 "$runs"); do
    rm -rf "$work/out" && cp -r "$work/old" "$work/out"
    # half the kills anywhere in the run, half in its last tenth (where the files are written)
    if [ $((run % 2)) -eq 0 ]; then
        delay=$(python3 -c "import random; print(round(random.uniform(0, $full * 1.05), 3))")
    else
        delay=$(python3 -c "import random; print(round(random.uniform($full * 0.9, $full * 1.05), 3))")
    fi
    "$binary" generate "$work/new-day" --date 2026-11-24 --out "$work/out" 2>/dev/null & pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); state=killed; else state=finished; fi
    wait "$pid" 2>/dev/null || true
    problems="" versions=""
    for name in briefing.md briefing.html briefing.json; do
        file=$work/out/$name
        if [ ! -f "$file" ]; then problems+=" $name missing;"; continue; fi
        if cmp -s "$file" "$work/old/$name"; then which=old
        elif cmp -s "$file" "$work/new/$name"; then which=new
        else problems+=" $name is neither the old nor the new file;"; continue; fi
        versions+="${name#briefing.}=$which "
        valid "$file" "$name" || problems+=" $name ($which) not valid;"
    done
    visible=$(cd "$work/out" && ls | grep -v -x -e briefing.md -e briefing.html -e briefing.json || true)
    [ -n "$visible" ] && problems+=" stray visible files: $visible;"
    hidden=$(cd "$work/out" && ls -A | grep -c '^\.' || true)
    [ "$(input_sum)" = "$before" ] || problems+=" the input folder changed;"
    if [ -n "$problems" ]; then lost=$((lost + 1)); fi
    printf 'run %2d: %-8s after %6.3f s; %shidden temporaries left: %s;%s\n' "$run" "$state" "$delay" "$versions" "$hidden" "${problems:- all files complete}"
done
echo "kill-test: $runs runs, $killed killed mid-run, $lost with anything lost"
[ "$lost" -eq 0 ]
