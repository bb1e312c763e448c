# briefing — the two commands of the README, and the steps they need.
#   make run   installs what is missing, builds in release mode, generates the sample day
#   make test  runs the whole test suite, then the HTML page in a real browser (make browser-check)
SAMPLE_DAY  ?= 2026-11-24
# Bundled Wikinews days (CC BY 2.5, see Samples/ATTRIBUTION.md), generated in order so that each
# briefing's "What changed" compares with the day before.
WIKINEWS_DAYS := 2019-01-04 2019-01-05 2019-01-06 2019-01-07
SWIFT       ?= swift
BIN         := .build/release/briefing

.PHONY: run test build deps sample bench bench-compose browser-check fuzz kill-test clean

run: deps build sample

# System libraries the package links: libcmark (Markdown → HTML) and libxml2 (HTML pages, feeds).
deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product briefing

sample: build
	$(BIN) generate Samples/$(SAMPLE_DAY) --date $(SAMPLE_DAY) --out Briefings/$(SAMPLE_DAY)
	for day in $(WIKINEWS_DAYS); do $(BIN) generate Samples/$$day --date $$day --out Briefings/$$day || exit 1; done

# Performance, side by side with its baselines (wc -w, cmark, 1 core); writes Benchmarks/latest.md.
bench: deps
	./scripts/bench.sh

# A 300-article day from the PolNeAR corpus through generate, with stage timings.
bench-compose: build
	./scripts/bench-compose.sh 300

test: deps
	$(SWIFT) test
	$(MAKE) browser-check

# The sample day's pages in headless Chromium (installed when missing): DOM checks, and
# screenshots kept in .build/artifacts/.
browser-check: deps
	$(SWIFT) build --product briefing
	./scripts/browser-check.sh .build/debug/briefing

# libFuzzer on every reader and the extractor, FUZZ_SECONDS each (README, "Fuzzing").
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./scripts/fuzz.sh

# SIGKILL generate (release build) at random moments, 20 times; the previous briefing must survive intact.
kill-test: build
	BRIEFING=$(BIN) ./scripts/kill-test.sh 20

clean:
	rm -rf .build
