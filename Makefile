# Two commands on a fresh Debian machine with Swift installed:
#   make run    installs Graphviz if needed, builds in release, runs the main job (corpus/ → graphs/)
#   make test   installs Graphviz if needed, runs the test suite
#   make test-sanitize   the test suite under AddressSanitizer and UndefinedBehaviorSanitizer
#   make fuzz   the libFuzzer targets in Fuzz/, FUZZ_SECONDS (default 60) each
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT_PACKAGES := graphviz libgraphviz-dev pkg-config

.PHONY: run test test-sanitize fuzz deps build check-imports check-exports check-report check-lexicons clean

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
	  echo "make: installing $(APT_PACKAGES) with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi
	@libdir=$$(pkg-config --variable=libdir libgvc); \
	if [ ! -s "$$libdir/graphviz/config6a" ] && [ ! -s "$$libdir/graphviz/config6" ]; then \
	  echo "make: Graphviz layout plugins are not configured; running dot -c"; \
	  $(SUDO) dot -c; \
	fi

build: deps
	$(SWIFT) build -c release --product geflecht

run: build
	.build/release/geflecht run --corpus corpus --out graphs

test: deps
	$(SWIFT) test

# The test suite under AddressSanitizer (with LeakSanitizer), then under UndefinedBehaviorSanitizer,
# each in its own build folder; about 18 minutes from scratch on 2 vCPUs. swiftc has no
# -sanitize=undefined on Linux, so UBSan instruments the C that Geflecht compiles (the CGraphviz shim's
# inline functions) through clang; Swift's own overflow, bounds and unwrap checks are on in debug
# builds anyway. Tests/sanitizers.supp lists the leaks outside Geflecht. See docs/fuzzing.md.
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/sanitizers.supp:print_suppressions=0 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
UBSAN_FLAGS := -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined \
  -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined
test-sanitize: deps
	$(SANITIZE_ENV) $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SANITIZE_ENV) $(SWIFT) test --scratch-path .build-ubsan $(UBSAN_FLAGS)

# The libFuzzer targets in Fuzz/, FUZZ_SECONDS each (not part of CI).
FUZZ_SECONDS ?= 60
fuzz: deps
	Scripts/fuzz.sh $(FUZZ_SECONDS)

# Loads every export of the main job in its consumer (NetworkX, igraph, dot, pyspark where Java exists).
check-exports: deps
	python3 -m pip install -q -r Scripts/requirements-exports.txt
	$(SWIFT) build --product geflecht
	rm -rf .build/check-exports && .build/debug/geflecht run --corpus corpus --out .build/check-exports --quiet
	python3 Scripts/check-exports.py .build/check-exports
	@if [ -f ../shared/tools/check_graph_json.py ]; then \
	  python3 ../shared/tools/check_graph_json.py .build/check-exports/geflecht.json corpus --svg .build/check-exports/geflecht.svg; fi

# Drives graphs/report.html (as the main job writes it) in headless Chromium.
check-report: check-exports
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; }
	python3 -m pip install -q -r Scripts/requirements-report.txt
	python3 Scripts/check-report.py .build/check-exports/report.html .build/check-exports/report.png

# The generated lexicons are what Scripts/lexicons/make_lexicons.py makes from the pinned data packages
# and the curated lists (a curated edit must be followed by a regeneration); in a virtual environment,
# since the packages are only needed here.
check-lexicons:
	@python3 -c "import ensurepip" 2>/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends python3-venv; }
	python3 -m venv .build/lexicons-venv
	.build/lexicons-venv/bin/python -m pip install -q -r Scripts/lexicons/requirements.txt
	.build/lexicons-venv/bin/python Scripts/lexicons/make_lexicons.py --check

check-imports:
	@Scripts/check-c-imports.sh

clean:
	rm -rf .build
