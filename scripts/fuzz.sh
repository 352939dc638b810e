#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) and fuzzes the whole
# path bytes -> GraphML for SECONDS (default 60), seeded with examples/ and
# the kept crashers in fuzz/regressions/. New crashers land in fuzz/regressions/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DKGX_FUZZ=ON -DKGX_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --target fuzz_extract
work=$(mktemp -d)
cp fuzz/corpus/* "$work"/
build-fuzz/fuzz_extract -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=fuzz/regressions/ -print_final_stats=1 "$work" fuzz/regressions/
rm -rf "$work"
