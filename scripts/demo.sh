#!/usr/bin/env bash
# From a fresh checkout to a knowledge graph of the seed articles:
# dependencies, a Release build in build/, examples/graph.graphml, and its
# score against the seed gold when ../shared/eval/ is there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKGX_BUILD_TESTS=OFF
cmake --build build -j "$(nproc)"

build/kgx extract examples -o examples/graph.graphml

schema=../shared/graphml-xsd/graphml-gephi.xsd
if [[ -f $schema ]]; then
  xmllint --noout --nonet --schema "$schema" examples/graph.graphml
fi

scorer=../shared/eval/score.py
gold=../shared/eval/seeds.gold.json
if [[ -f $scorer && -f $gold ]]; then
  python3 "$scorer" "$gold" examples/graph.graphml
else
  echo "demo: $scorer not found; skipping the score"
fi
