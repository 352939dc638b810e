#!/usr/bin/env bash
# Dependencies, a Release build with the tests in build/, every test through
# ctest (which prints the summary; failures show their output); then the unit
# tests again under AddressSanitizer + UndefinedBehaviorSanitizer, the
# threaded ones (cli, graph, export) under ThreadSanitizer, and a short
# libFuzzer run over the whole path bytes -> GraphML (KGX_FUZZ_SECONDS, 60).
# KGX_QUICK=1 skips the sanitizer and fuzz stages.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKGX_BUILD_TESTS=ON
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure

if [[ ${KGX_QUICK:-0} == 1 ]]; then exit 0; fi

echo "== unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKGX_BUILD_TESTS=ON -DKGX_SANITIZE=ON
cmake --build build-asan -j "$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure

echo "== threaded tests (cli, graph, export) under ThreadSanitizer"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKGX_BUILD_TESTS=ON -DKGX_SANITIZE_THREAD=ON
cmake --build build-tsan -j "$(nproc)" --target kgx test_cli test_graph test_export
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -R '^(cli|graph|export)$'

echo "== fuzzing for ${KGX_FUZZ_SECONDS:-60} s"
bash scripts/fuzz.sh "${KGX_FUZZ_SECONDS:-60}"
