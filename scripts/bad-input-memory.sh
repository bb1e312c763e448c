#!/usr/bin/env bash
# Peak memory and time of briefing on the large hostile inputs of the bad-input suite, one
# run each under /usr/bin/time -v (a benchmark, not a test: numbers depend on the machine).
#   BRIEFING=path/to/briefing   (default: .build/release/briefing, else .build/debug/briefing)
#   LIMIT=seconds               (per input, default 600; status 124 when it was reached)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${BRIEFING:-}
for candidate in .build/release/briefing .build/debug/briefing; do
    [ -z "$binary" ] && [ -x "$candidate" ] && binary=$candidate
done
[ -x "${binary:-}" ] || { echo "build briefing first" >&2; exit 2; }
work=$(mktemp -d /tmp/briefing-memory.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
head = "Tue 24 Nov 2026 07.00 GMT\nHostile input headline\n"
sentence = "The council said it would rebuild the bridge next year, Jane Roe said. "
def write(name, text):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(text)
write("huge-50MB.txt", head + (sentence * 20 + "\n") * (50 * 1024 * 1024 // (len(sentence) * 20 + 1) + 1))
write("large-19MB.txt", head + (sentence * 20 + "\n") * (19 * 1024 * 1024 // (len(sentence) * 20 + 1)))
write("line-5MB.txt", head + "word " * (1024 * 1024) + "\n")
write("quotes-100k.txt", head + "She said: " + "\u201c\"'" * 100000 + "yes" + "'\"\u201d" * 100000 + "\n")
write("brackets-100k.txt", head + "The plan " + "([{" * 100000 + "x" + "}])" * 100000 + " was approved.\n")
write("nested-100k.html", "<html><head><title>Nested</title></head><body>" + "<div>" * 100000
      + "<p>The council said it would rebuild the bridge.</p>" + "</div>" * 100000 + "</body></html>")
os.makedirs(os.path.join(work, "files-10k"))
for i in range(10000):
    write(os.path.join("files-10k", "n%05d.txt" % i), "Notice %d\nItem %d was filed.\n" % (i, i))
PY
printf '%-18s %10s %10s %6s\n' input seconds "peak RSS" status
for input in huge-50MB.txt large-19MB.txt line-5MB.txt quotes-100k.txt brackets-100k.txt nested-100k.html files-10k; do
    set +e
    /usr/bin/time -v timeout "${LIMIT:-600}" "$binary" extract "$work/$input" --date 2026-11-24 >/dev/null 2>"$work/time.txt"
    status=$?
    set -e
    seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    printf '%-18s %10s %7s MB %6s\n' "$input" "$seconds" "$((rss / 1024))" "$status"
done
