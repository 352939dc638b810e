#!/usr/bin/env bash
# Times `kgx query` and `kgx stats` on a synthetic graph of 100,000 edges
# (EDGES, the first argument, to change it), loading the GraphML included:
# each figure is the time of a whole kgx process (wall: best and median of
# RUNS runs; CPU: median). A benchmark, not a test: it prints seconds and fails
# only if something does not run. The goal is under 0.5 s per query.
#
#   bash bench/query_bench.sh [EDGES]
#   KGX=build/kgx bash bench/query_bench.sh   # time another kgx binary
#
# Builds kgx and the graph generator in build-query-bench/ (bench/CMakeLists.txt)
# and caches the generated graph there.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
edges=${1:-100000}
runs=${RUNS:-5}
build=${KGX_BENCH_BUILD:-$root/build-query-bench}

cmake -S "$root/bench" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target kgx make_bench_graph >/dev/null
kgx=${KGX:-$build/kgx}

graph=$build/bench-$edges.graphml
names=$build/bench-$edges.names
if [[ ! -s $graph || ! -s $names ]]; then
  "$build/make_bench_graph" "$edges" "$graph" >"$names"
fi
mapfile -t people <"$names"
busiest=${people[0]} far=${people[1]} loner=${people[2]}
# A misspelling of the busiest person's first name and surname: the
# suggestion path, the only one that scans every name.
misspelt="${busiest:0:3}x${busiest:3}"

echo "graph: $graph ($(du -h "$graph" | cut -f1), $edges edges)"
echo "kgx:   $kgx"

# "WALL CPU" seconds of one run (CPU = user + system: steadier than wall
# time on a shared machine).
seconds_of() {
  local TIMEFORMAT='%R %U %S'
  # exit 1 (the query found nothing) is an answer too
  { time { "$@" >/dev/null 2>&1 || true; }; } 2>&1 | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}

# The middle of a list of numbers, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() {
  local what=$1
  shift
  local runs_out
  runs_out=$(for ((i = 0; i < runs; i++)); do seconds_of "$@"; done)
  local best wall cpu
  best=$(cut -d' ' -f1 <<<"$runs_out" | sort -n | head -1)
  wall=$(cut -d' ' -f1 <<<"$runs_out" | median)
  cpu=$(cut -d' ' -f2 <<<"$runs_out" | median)
  printf '%-40s wall best %s s, median %s s   cpu median %s s\n' "$what" "$best" "$wall" "$cpu"
}

# Reading alone: the cost every query pays before answering.
measure "load only (stats --top 0)" "$kgx" stats "$graph" --top 0
measure "query NAME (busiest entity card)" "$kgx" query "$graph" "$busiest"
measure "query NAME --json --evidence" "$kgx" query "$graph" "$busiest" --json --evidence
measure "query NAME --relation married" "$kgx" query "$graph" "$busiest" --relation married
measure "query --relation married (every edge)" "$kgx" query "$graph" --relation married --json
measure "query --path (far apart)" "$kgx" query "$graph" --path "$loner" "$far" --max-hops 20
measure "query MISSPELT (suggestions)" "$kgx" query "$graph" "$misspelt"
measure "query --type PERSON" "$kgx" query "$graph" --type PERSON
measure "stats" "$kgx" stats "$graph"
