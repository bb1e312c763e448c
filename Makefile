# briefing — the two commands of the README, and the steps they need.
#   make run   installs what is missing, builds in release mode, generates the sample day
#   make test  runs the whole test suite
SAMPLE_DAY  ?= 2026-11-24
SWIFT       ?= swift
BIN         := .build/release/briefing

.PHONY: run test build deps sample clean

run: deps build sample

# System libraries the package links: libcmark (Markdown → HTML).
deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product briefing

sample: build
	$(BIN) generate Samples/$(SAMPLE_DAY) --date $(SAMPLE_DAY) --out Briefings/$(SAMPLE_DAY)

test: deps
	$(SWIFT) test

clean:
	rm -rf .build
