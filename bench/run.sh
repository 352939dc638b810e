#!/usr/bin/env bash
# kgx end-to-end throughput benchmark.
#
#   bash bench/run.sh [MB]          # default: $KGX_BENCH_MB, else 200
#
# Builds Release kgx (build-bench/), generates a synthetic news corpus of MB
# megabytes with bench/make_corpus.py (cached under /tmp/kgx-bench/ by size and
# seed), then times `kgx extract CORPUS_DIR -o out.graphml` (read, extract,
# merge, write GraphML) at -j1 and at -j$(nproc), and the same at MB/2 for the
# scaling check. Where ../shared/peers, node and npm are present it also times
# the peer libraries (wink-nlp proper-noun tagger, compromise) on the same text.
# Progress goes to standard error; standard output is a Markdown report ready
# to paste into BENCHMARKS.md (a copy is kept in /tmp/kgx-bench/).
#
# Knobs (environment):
#   KGX_BENCH_MB            corpus size when no argument is given (200)
#   KGX_BENCH_SEED          corpus seed (1)
#   KGX_BENCH_DIR           cache and scratch directory (/tmp/kgx-bench)
#   KGX_BENCH_JOBS          the many-thread run's -j (nproc)
#   KGX_BENCH_REPEAT        runs per kgx measurement, the fastest is kept (1);
#                           the configurations take turns, run by run
#   KGX_BENCH_LABEL         what to call the binary in the report (git revision)
#   KGX_BIN                 time this binary, do not build
#   KGX_SRC                 source tree to build (the repository holding bench/)
#   KGX_BUILD_DIR           build directory ($KGX_SRC/build-bench)
#   KGX_BENCH_PEER_MB       wink-nlp slice in MB (min(MB, 20))
#   KGX_BENCH_COMPROMISE_MB compromise slice in MB (2; 0 skips it)
#   KGX_BENCH_NO_PEER=1     skip the peers
#   KGX_BENCH_NO_SCALING=1  skip the MB/2 runs
#   KGX_BENCH_INSTR_MB=X    also count instructions (valgrind cachegrind, slow:
#                           ~50x) at -j1 on X and 2X MB: a scaling check that
#                           other processes' load cannot disturb
#   PEERS_DIR               peer benchmark sources (../shared/peers)
#   PEERS_INSTALL           where the peers' npm packages go (/tmp/peers)
#
# MB is 10^6 bytes of article text (the .txt files; separators and file names
# do not count). Runs are on a warm page cache (the corpus is read once first).
set -euo pipefail
shopt -s inherit_errexit

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MB=${1:-${KGX_BENCH_MB:-200}}
SEED=${KGX_BENCH_SEED:-1}
DIR=${KGX_BENCH_DIR:-/tmp/kgx-bench}
NPROC=$(nproc)
JOBS=${KGX_BENCH_JOBS:-$NPROC}
SRC=${KGX_SRC:-$(cd "$here/.." && pwd)}
BUILD=${KGX_BUILD_DIR:-$SRC/build-bench}
PEERS_DIR=${PEERS_DIR:-$(cd "$SRC/.." && pwd)/shared/peers}
[ -d "$PEERS_DIR" ] || PEERS_DIR=/work/shared/peers
PEERS_INSTALL=${PEERS_INSTALL:-/tmp/peers}
COMPROMISE_MB=${KGX_BENCH_COMPROMISE_MB:-2}
REPEAT=${KGX_BENCH_REPEAT:-1}

if ! awk -v m="$MB" 'BEGIN { exit !(m + 0 > 0) }'; then
  echo "usage: bash bench/run.sh [MB]   (MB > 0, default 200)" >&2
  exit 2
fi
PEER_MB=${KGX_BENCH_PEER_MB:-$(awk -v m="$MB" 'BEGIN { print (m < 20 ? m : 20) }')}
HALF=$(awk -v m="$MB" 'BEGIN { printf "%g", m / 2 }')
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 2; }
mkdir -p "$DIR"
log() { printf 'bench: %s\n' "$*" >&2; }
T_START=$(date +%s)

# ---------------------------------------------------------------- build
if [ -n "${KGX_BIN:-}" ]; then
  KGX=$KGX_BIN
  log "using $KGX (not building)"
else
  log "building Release kgx in $BUILD (log: $DIR/build.log)"
  if ! { cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKGX_BUILD_TESTS=OFF &&
         cmake --build "$BUILD" -j"$NPROC"; } >"$DIR/build.log" 2>&1; then
    tail -n 20 "$DIR/build.log" >&2
    echo "bench: build failed (full log: $DIR/build.log); set KGX_BIN=... to time an existing binary" >&2
    exit 2
  fi
  KGX=$BUILD/kgx
  [ -x "$KGX" ] || KGX=$(find "$BUILD" -maxdepth 3 -type f -name kgx -perm -u+x -print -quit)
fi
[ -x "$KGX" ] || { echo "bench: no kgx binary at '$KGX'" >&2; exit 2; }
REV=$(git -C "$SRC" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -z "${KGX_BIN:-}" ] && [ -n "$(git -C "$SRC" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  REV="$REV+uncommitted"
fi
[ -n "${KGX_BIN:-}" ] && REV="binary $KGX"
REV=${KGX_BENCH_LABEL:-$REV}

# ---------------------------------------------------------------- corpus
# corpus MB -> prints the cache directory (docs/, corpus.txt, stats.json)
corpus() {
  local mb=$1 d="$DIR/corpus-${1}mb-seed$SEED-$GEN"
  if [ ! -f "$d/stats.json" ]; then
    log "generating $mb MB corpus (seed $SEED) in $d"
    rm -rf "$d" "$d.tmp"
    mkdir -p "$d.tmp"
    if ! python3 "$here/make_corpus.py" --mb "$mb" --seed "$SEED" --out-dir "$d.tmp/docs" \
         --out-file "$d.tmp/corpus.txt" --stats >"$d.tmp/stats.json"; then
      rm -rf "$d.tmp"
      echo "bench: corpus generation failed (disk space in $DIR?)" >&2
      exit 2
    fi
    mv "$d.tmp" "$d"
  fi
  # warm the page cache so every run reads from memory
  cat "$d/corpus.txt" >/dev/null
  find "$d/docs" -name '*.txt' -print0 | xargs -0 cat >/dev/null
  echo "$d"
}
GEN=$(md5sum "$here/make_corpus.py" | cut -c1-8)  # a new generator means a new cache entry
json_field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())[sys.argv[1]])' "$1"; }

FULL=$(corpus "$MB")
BYTES=$(json_field bytes <"$FULL/stats.json")
DOCS=$(json_field docs <"$FULL/stats.json")
PEOPLE=$(json_field people <"$FULL/stats.json")
if [ -z "${KGX_BENCH_NO_SCALING:-}" ]; then
  HALFD=$(corpus "$HALF")
  HBYTES=$(json_field bytes <"$HALFD/stats.json")
  HDOCS=$(json_field docs <"$HALFD/stats.json")
fi

# ---------------------------------------------------------------- kgx runs
TIMINGS_FLAG=
probe=$(find "$FULL/docs" -name '*.txt' -print -quit)
if "$KGX" extract "$probe" --timings -o /dev/null >/dev/null 2>&1; then
  TIMINGS_FLAG=--timings
else
  log "this kgx has no --timings flag: stage times will read n/a"
fi

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="${LOAD0%% *}" -v n="$NPROC" 'BEGIN { exit !(l > 0.5 * n) }'; then
  log "warning: load average $LOAD0 on $NPROC cores: other processes will slow the runs"
fi
# Each configuration is tried REPEAT times and its fastest run kept. The
# tries go round the configurations (j1, jN, h1, hN, j1, jN, ...) rather
# than one configuration at a time, so that a slow or fast spell of the host
# falls on all of them alike: the speed-up and scaling ratios compare runs
# of the same minutes.
declare -A WALL CPU MBS DPS RSS NODES EDGES TIMES OUTSZ CORPUS_OF JOBS_OF BYTES_OF DOCS_OF
declare -A ROUND_WALL  # [tag,round]: every try's wall time, for the ratios round by round
# try_kgx TAG TRY: one run of configuration TAG; kept if the fastest so far.
try_kgx() {
  local tag=$1 r=$2 d=${CORPUS_OF[$1]} j=${JOBS_OF[$1]}
  local out="$DIR/out-$tag.graphml" err="$DIR/run-$tag.stderr" tv="$DIR/run-$tag.time"
  local attempt="$DIR/out-$tag.try.graphml" t0 t1 rc=0 w
  log "kgx extract -j$j on $(awk -v b="${BYTES_OF[$tag]}" 'BEGIN { printf "%.1f", b / 1e6 }') MB (${DOCS_OF[$tag]} documents), try $r of $REPEAT ..."
  rm -f "$attempt"
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$tv.try" "$KGX" extract "$d/docs" -o "$attempt" -j "$j" $TIMINGS_FLAG 2>"$err.try" || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -ne 0 ]; then
    tail -n 5 "$err.try" >&2
    echo "bench: kgx exited with $rc on $d (stderr: $err.try)" >&2
    exit 2
  fi
  w=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  ROUND_WALL[$tag,$r]=$w
  log "  $w s"
  if [ -z "${WALL[$tag]:-}" ] || awk -v a="$w" -v b="${WALL[$tag]}" 'BEGIN { exit !(a < b) }'; then
    WALL[$tag]=$w
    mv "$tv.try" "$tv"
    mv "$err.try" "$err"
    mv "$attempt" "$out"
  fi
  rm -f "$tv.try" "$err.try" "$attempt"
}
# summarise_kgx TAG: the result row of configuration TAG's fastest run.
summarise_kgx() {
  local tag=$1 bytes=${BYTES_OF[$1]} docs=${DOCS_OF[$1]} wall=${WALL[$1]}
  local out="$DIR/out-$tag.graphml" err="$DIR/run-$tag.stderr" tv="$DIR/run-$tag.time"
  MBS[$tag]=$(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.2f", b / 1e6 / w }')
  DPS[$tag]=$(awk -v n="$docs" -v w="$wall" 'BEGIN { printf "%.0f", n / w }')
  CPU[$tag]=$(awk -F: '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tv")
  RSS[$tag]=$(awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tv")
  NODES[$tag]=$(grep -c '<node ' "$out" || true)
  EDGES[$tag]=$(grep -c '<edge ' "$out" || true)
  OUTSZ[$tag]=$(awk -v s="$(stat -c %s "$out")" 'BEGIN { printf "%.1f", s / 1e6 }')
  local tl
  tl=$(grep -m1 '^kgx: timings:' "$err" | sed 's/^kgx: timings:[[:space:]]*//' || true)
  TIMES[$tag]=${tl:-n/a}
  log "kgx -j${JOBS_OF[$tag]} on $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB: ${wall} s (CPU ${CPU[$tag]} s), ${MBS[$tag]} MB/s, peak RSS ${RSS[$tag]} MB, ${NODES[$tag]} nodes, ${EDGES[$tag]} edges"
}

CONFIGS=(j1 jN)
CORPUS_OF[j1]=$FULL JOBS_OF[j1]=1 BYTES_OF[j1]=$BYTES DOCS_OF[j1]=$DOCS
CORPUS_OF[jN]=$FULL JOBS_OF[jN]=$JOBS BYTES_OF[jN]=$BYTES DOCS_OF[jN]=$DOCS
if [ -z "${KGX_BENCH_NO_SCALING:-}" ]; then
  CONFIGS+=(h1 hN)
  CORPUS_OF[h1]=$HALFD JOBS_OF[h1]=1 BYTES_OF[h1]=$HBYTES DOCS_OF[h1]=$HDOCS
  CORPUS_OF[hN]=$HALFD JOBS_OF[hN]=$JOBS BYTES_OF[hN]=$HBYTES DOCS_OF[hN]=$HDOCS
fi
for ((r = 1; r <= REPEAT; r++)); do
  for tag in "${CONFIGS[@]}"; do try_kgx "$tag" "$r"; done
done
for tag in "${CONFIGS[@]}"; do summarise_kgx "$tag"; done
SAME=no
cmp -s "$DIR/out-j1.graphml" "$DIR/out-jN.graphml" && SAME=yes

# ---------------------------------------------------------------- instruction counts
INSTR_MB=${KGX_BENCH_INSTR_MB:-}
declare -A INSTR
if [ -n "$INSTR_MB" ]; then
  if command -v valgrind >/dev/null; then
    for m in "$INSTR_MB" "$(awk -v m="$INSTR_MB" 'BEGIN { printf "%g", 2 * m }')"; do
      cd_=$(corpus "$m")
      log "counting instructions (cachegrind) on $m MB, -j1 ..."
      valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$KGX" extract "$cd_/docs" -o "$DIR/out-instr.graphml" -j 1 --quiet >/dev/null 2>"$DIR/instr-$m.log" || true
      INSTR[$m]=$(sed -n 's/.*I *refs: *//p' "$DIR/instr-$m.log" | tr -d ',' | head -n 1)
      log "  ${INSTR[$m]:-?} instructions"
    done
  else
    log "KGX_BENCH_INSTR_MB needs valgrind: skipping the instruction count"
    INSTR_MB=
  fi
fi

# ---------------------------------------------------------------- peers
declare -A P_MBS P_RSS P_MB P_DOCS P_NOTE
run_peer() {
  local lib=$1 slice=$2
  local tv="$DIR/peer-$lib.time" js="$DIR/peer-$lib.json"
  log "peer $lib on a $slice MB slice ..."
  if ! NODE_PATH="$PEERS_INSTALL/node_modules" /usr/bin/time -v -o "$tv" \
       node "$PEERS_DIR/bench.js" "$lib" "$FULL/corpus.txt" "$slice" >"$js" 2>"$DIR/peer-$lib.stderr"; then
    P_NOTE[$lib]="failed (see $DIR/peer-$lib.stderr)"
    log "  $lib failed"
    return 0
  fi
  P_MBS[$lib]=$(tail -n 1 "$js" | json_field mb_per_s)
  P_DOCS[$lib]=$(tail -n 1 "$js" | json_field docs)
  P_MB[$lib]=$(tail -n 1 "$js" | python3 -c 'import json,sys; print("%.1f" % (json.loads(sys.stdin.readline())["bytes"] / 1e6))')
  P_RSS[$lib]=$(awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tv")
  log "  ${P_MBS[$lib]} MB/s, peak RSS ${P_RSS[$lib]} MB"
}
PEERS_OK=
if [ -z "${KGX_BENCH_NO_PEER:-}" ]; then
  if [ -f "$PEERS_DIR/bench.js" ] && command -v node >/dev/null && command -v npm >/dev/null; then
    if [ ! -d "$PEERS_INSTALL/node_modules/wink-nlp" ] || [ ! -d "$PEERS_INSTALL/node_modules/compromise" ]; then
      log "installing peer libraries into $PEERS_INSTALL (npm install, once)"
      mkdir -p "$PEERS_INSTALL"
      cp "$PEERS_DIR/package.json" "$PEERS_INSTALL/"
      (cd "$PEERS_INSTALL" && npm install --no-audit --no-fund) >"$DIR/npm.log" 2>&1 ||
        log "npm install failed (see $DIR/npm.log)"
    fi
    if [ -d "$PEERS_INSTALL/node_modules/wink-nlp" ]; then
      PEERS_OK=1
      run_peer wink-propn "$PEER_MB"
      if awk -v m="$COMPROMISE_MB" 'BEGIN { exit !(m + 0 > 0) }'; then
        run_peer compromise "$COMPROMISE_MB"
      fi
    fi
  else
    log "no peers (needs $PEERS_DIR/bench.js, node and npm): skipping"
  fi
fi

# ---------------------------------------------------------------- report
cpu=$(awk -F: '/^model name/ { sub(/^[ \t]+/, "", $2); print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
mbf() { awk -v b="$1" 'BEGIN { printf (b < 1e6 ? "%.2f" : "%.1f"), b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'; }
# round_ratios TAG_A TAG_B: wall(A) / wall(B) of each round, and their median.
# Runs of one round are minutes apart at most, so these pairs see the same
# host, where the fastest-of-N figures may come from different spells.
round_ratios() {
  local r values=()
  for ((r = 1; r <= REPEAT; r++)); do values+=("$(ratio "${ROUND_WALL[$1,$r]}" "${ROUND_WALL[$2,$r]}")"); done
  local median
  median=$(printf '%s\n' "${values[@]}" | sort -n |
    awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  local IFS=,
  echo "${values[*]} — median $median" | sed 's/,/, /g'
}
row() {  # tag label bytes docs
  local t=$1
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$2" "$(mbf "$3")" "$4" \
    "${WALL[$t]}" "${CPU[$t]}" "${MBS[$t]}" "$(awk -v b="$3" -v c="${CPU[$t]}" 'BEGIN { printf "%.2f", b / 1e6 / c }')" \
    "${DPS[$t]}" "${RSS[$t]}" "${NODES[$t]}" "${EDGES[$t]}"
}
report() {
  echo "### $(date -u +%Y-%m-%d) — ${MB} MB corpus, kgx $REV"
  echo
  echo "Machine: $NPROC × $cpu, $mem RAM, $(. /etc/os-release && echo "$PRETTY_NAME"). Corpus: \`bench/make_corpus.py --mb $MB --seed $SEED\`, $DOCS documents, $PEOPLE people. End to end: read, extract, merge, write GraphML to a file; warm page cache; $([ "$REPEAT" -gt 1 ] && echo "fastest of $REPEAT runs each, the configurations taking turns" || echo "one run each")."
  echo
  echo "| run | MB | documents | wall s | CPU s | MB/s | MB per CPU-s | documents/s | peak RSS MB | nodes | edges |"
  echo "|-----|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  row j1 "kgx -j1" "$BYTES" "$DOCS"
  row jN "kgx -j$JOBS" "$BYTES" "$DOCS"
  if [ -z "${KGX_BENCH_NO_SCALING:-}" ]; then
    row h1 "kgx -j1, half corpus" "$HBYTES" "$HDOCS"
    row hN "kgx -j$JOBS, half corpus" "$HBYTES" "$HDOCS"
  fi
  local lib
  for lib in wink-propn compromise; do
    if [ -n "${P_MBS[$lib]:-}" ]; then
      printf '| peer: %s (node) | %s | %s | (%s) | | %s | | | %s | | |\n' "$lib" "${P_MB[$lib]}" "${P_DOCS[$lib]}" \
        "$(awk -v b="${P_MB[$lib]}" -v r="${P_MBS[$lib]}" 'BEGIN { printf "%.1f", b / r }')" "${P_MBS[$lib]}" "${P_RSS[$lib]}"
    elif [ -n "${P_NOTE[$lib]:-}" ]; then
      printf '| peer: %s (node) | | | | | %s | | | | | |\n' "$lib" "${P_NOTE[$lib]}"
    fi
  done
  echo
  echo "| check | value |"
  echo "|-------|-------|"
  local sp
  sp=$(ratio "${MBS[jN]}" "${MBS[j1]}")
  echo "| -j$JOBS speed-up over -j1 | ${sp}× (efficiency $(awk -v s="$sp" -v j="$JOBS" 'BEGIN { printf "%.0f", 100 * s / j }')% of $JOBS threads) |"
  [ "$REPEAT" -gt 1 ] && echo "| -j$JOBS speed-up round by round (wall -j1 / wall -j$JOBS of the same round) | $(round_ratios j1 jN) |"
  echo "| -j1 and -j$JOBS GraphML byte-identical | $SAME |"
  if [ -z "${KGX_BENCH_NO_SCALING:-}" ]; then
    local t
    for t in 1 N; do
      local r verdict
      r=$(ratio "${WALL[j$t]}" "${WALL[h$t]}")
      verdict=$(awk -v r="$r" 'BEGIN { if (r <= 2.0) print "ok (≤ 2)"; else if (r <= 2.1) print "ok within 5% noise"; else print "**superlinear** (> 2)" }')
      echo "| scaling -j$([ $t = 1 ] && echo 1 || echo "$JOBS"): wall(${MB} MB) / wall(${HALF} MB) | $r — $verdict |"
    done
    if [ "$REPEAT" -gt 1 ]; then
      echo "| scaling -j1 round by round | $(round_ratios j1 h1) |"
      echo "| scaling -j$JOBS round by round | $(round_ratios jN hN) |"
    fi
    echo "| scaling -j1: CPU(${MB} MB) / CPU(${HALF} MB) | $(ratio "${CPU[j1]}" "${CPU[h1]}") |"
  fi
  if [ -n "$INSTR_MB" ]; then
    local m2 i1 i2
    m2=$(awk -v m="$INSTR_MB" 'BEGIN { printf "%g", 2 * m }')
    i1=${INSTR[$INSTR_MB]:-}
    i2=${INSTR[$m2]:-}
    if [ -n "$i1" ] && [ -n "$i2" ]; then
      echo "| scaling -j1: instructions(${m2} MB) / instructions(${INSTR_MB} MB) (cachegrind) | $(ratio "$i2" "$i1") ($(awk -v a="$i1" -v b="$i2" -v m="$m2" 'BEGIN { printf "%.2f G, %.2f G; %.0f M instructions per MB", a / 1e9, b / 1e9, b / 1e6 / m }')) |"
    fi
  fi
  echo "| load average before the runs (other processes) | $LOAD0 |"
  echo "| GraphML size (-j1) | ${OUTSZ[j1]} MB |"
  for lib in wink-propn compromise; do
    [ -n "${P_MBS[$lib]:-}" ] && echo "| kgx -j1 MB/s ÷ $lib MB/s | $(ratio "${MBS[j1]}" "${P_MBS[$lib]}")× |"
    [ -n "${P_MBS[$lib]:-}" ] && echo "| kgx -j$JOBS MB/s ÷ $lib MB/s (one process) | $(ratio "${MBS[jN]}" "${P_MBS[$lib]}")× |"
  done
  [ -z "$PEERS_OK" ] && echo "| peers | not run |"
  echo
  echo "Stage times (\`kgx extract --timings\`, standard error):"
  echo
  echo "| run | kgx: timings |"
  echo "|-----|--------------|"
  echo "| -j1, ${MB} MB | ${TIMES[j1]} |"
  echo "| -j$JOBS, ${MB} MB | ${TIMES[jN]} |"
  echo
  [ -n "$PEERS_OK" ] && echo "Peers time only their per-document loop (library load and file reading excluded, see ../shared/peers/bench.js); kgx is timed end to end including process start, file reading and writing the GraphML, so the ratio is conservative for kgx. The peers run on the first ${PEER_MB} MB (wink-nlp) and ${COMPROMISE_MB} MB (compromise) of the same corpus."
  echo
  echo "Benchmark took $(( $(date +%s) - T_START )) s; raw outputs in $DIR."
}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
report | tee "$DIR/report-${MB}mb-$STAMP.md"
log "report saved as $DIR/report-${MB}mb-$STAMP.md"
