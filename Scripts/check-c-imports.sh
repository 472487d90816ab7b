#!/usr/bin/env bash
# Only the Graphviz bridge may import the C module: files under Sources/GeflechtFormats/Graphviz/.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(grep -rlE '^\s*(@_implementationOnly |internal |public |private |fileprivate )?import CGraphviz' Sources Tests \
  | grep -v '^Sources/GeflechtFormats/Graphviz/' || true)
if [ -n "$bad" ]; then
  echo "CGraphviz is imported outside Sources/GeflechtFormats/Graphviz/:"; echo "$bad"; exit 1
fi
loose=$(grep -rlE '^\s*(@_implementationOnly |public )?import CGraphviz' Sources/GeflechtFormats/Graphviz || true)
if [ -n "$loose" ]; then
  echo "Use 'internal import CGraphviz' so no C type reaches public API:"; echo "$loose"; exit 1
fi
echo "check-c-imports: ok"
