#!/usr/bin/env bash
# The HTML page in a real browser: renders the sample day (each style) and a hostile article with
# `briefing generate`, loads each page in headless Chromium, checks the DOM Chromium built
# (scripts/check_dom.py) and keeps screenshots in .build/artifacts/ (wide light, wide dark, phone).
# Usage: scripts/browser-check.sh [BRIEFING_BINARY]   (default .build/debug/briefing)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/briefing}
artifacts=.build/artifacts
./scripts/install-chromium.sh
chrome=$(command -v chromium || command -v chromium-browser)
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Headless Chromium with a throwaway profile; no network is needed (the page loads nothing).
browse() {
  "$chrome" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --no-first-run --disable-extensions \
    --user-data-dir="$work/profile" --virtual-time-budget=2000 "$@" 2>>"$work/chromium.log"
}
dump() { browse --dump-dom "file://$(realpath "$1")" > "$2"; }
shot() { browse --screenshot="$artifacts/$2.png" --window-size="$3" "${@:4}" "file://$(realpath "$1")" >/dev/null; }

day=2026-11-24
for style in full bluf dossier; do
  "$bin" generate "Samples/$day" --date "$day" --style "$style" --out "$work/$day" 2>/dev/null
done
# The article InjectionTests uses: markup, Markdown and Mustache in the headline, a quote and the body.
payload='<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) *bold* _em_ {{title}} {{{x}}}'
mkdir -p "$work/hostile"
cat > "$work/hostile/hostile.txt" <<ARTICLE
Tue 24 Nov 2026 07.00 GMT
Mayor row: $payload
# A standfirst that starts like a Markdown heading
Jane Roe, the mayor, said: "$payload"
The council met on Monday. Body text with $payload in the middle.
Jane Roe will rebuild the bridge next year, she said.
ARTICLE
"$bin" generate "$work/hostile/hostile.txt" --date "$day" --out "$work/hostile-out" 2>/dev/null

status=0
check() { python3 scripts/check_dom.py "$@" || status=1; }
dump "$work/$day/briefing.html" "$work/full.dom"
check "$work/full.dom" --section "Top developments" --section "Articles" --section "Key actors" \
  --section "Stated positions" --section "Sources" --section "Evidence"
dump "$work/$day/bluf.html" "$work/bluf.dom"
check "$work/bluf.dom" --section "Evidence"
dump "$work/$day/dossier.html" "$work/dossier.dom"
check "$work/dossier.dom" --section "Donald Trump" --section "Evidence"
dump "$work/hostile-out/briefing.html" "$work/hostile.dom"
check "$work/hostile.dom" --section "Evidence" --literal "$payload" \
  --literal "# A standfirst that starts like a Markdown heading"

# The checker itself must catch what it looks for: a page with a script, an injected image and a
# dangling link has to fail.
printf '%s' '<html><head></head><body><h2>A</h2><script>x</script><img src=x onerror=alert(1)><a href="#none">x</a></body></html>' > "$work/bad.dom"
if python3 scripts/check_dom.py "$work/bad.dom" >/dev/null; then
  echo "browser-check: check_dom.py passed a page with a script in it" >&2; status=1
fi

shot "$work/$day/briefing.html" briefing 1280,2200
shot "$work/$day/briefing.html" briefing-dark 1280,2200 --force-dark-mode --blink-settings=preferredColorScheme=0
shot "$work/$day/briefing.html" briefing-phone 390,1600
shot "$work/$day/bluf.html" bluf 1280,900
shot "$work/$day/dossier.html" dossier 1280,1600
shot "$work/hostile-out/briefing.html" hostile 1280,1400
browse --print-to-pdf="$artifacts/briefing.pdf" --no-pdf-header-footer "file://$(realpath "$work/$day/briefing.html")" >/dev/null
for png in briefing briefing-dark briefing-phone bluf dossier hostile; do
  [ -s "$artifacts/$png.png" ] || { echo "browser-check: no screenshot $artifacts/$png.png" >&2; status=1; }
done
if [ "$status" -ne 0 ]; then
  echo "browser-check: FAILED (Chromium log: see above)" >&2
  tail -5 "$work/chromium.log" >&2 || true
  exit 1
fi
echo "browser-check: 4 pages checked in $("$chrome" --version 2>/dev/null | head -1); screenshots in $artifacts/"
