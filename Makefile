# Two commands on a fresh Debian machine with Swift installed:
#   make run    installs Graphviz if needed, builds in release, runs the main job (corpus/ → graphs/)
#   make test   installs Graphviz if needed, runs the test suite
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT_PACKAGES := graphviz libgraphviz-dev pkg-config

.PHONY: run test deps build check-imports check-exports check-report clean

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

check-imports:
	@Scripts/check-c-imports.sh

clean:
	rm -rf .build
