# Two commands on a fresh Debian machine with Swift installed:
#   make run    installs Graphviz if needed, builds in release, runs the main job (corpus/ → graphs/)
#   make test   installs Graphviz if needed, runs the test suite
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT_PACKAGES := graphviz libgraphviz-dev pkg-config

.PHONY: run test deps build check-imports clean

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

check-imports:
	@Scripts/check-c-imports.sh

clean:
	rm -rf .build
