#!/usr/bin/env bash
# Dependencies, a Release build with the tests in build/, then every test
# through ctest (which prints the summary; failures show their output).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKGX_BUILD_TESTS=ON
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure
