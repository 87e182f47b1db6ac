#!/usr/bin/env bash
# The comparison of issue 15, item 6: kmeans4j beside scikit-learn, FAISS, ELKI and Smile on four
# shapes, one and two threads, same points, same initial centroids (the first k rows), at most 10
# iterations; seconds per iteration = fit time / iterations done. Writes
# benchmarks/target/compare-table.md and prints it. 23 minutes on 2 cores with everything and four
# kmeans4j algorithms (2026-12-05, waits for the JMH lock included); each more one adds 1-2 minutes.
#
#   benchmarks/compare.sh [--shapes S1,S2] [--threads 1,2] [--algorithms A,B] [--float A,B]
#                         [--no-seeding] [--no-python] [--no-jvm-peers] [--quick]
#
#   --shapes      shapes nxdxk (default 1000000x16x64,200000x64x256,60000x784x10,100000x2x8)
#   --threads     thread counts (default 1,2)
#   --algorithms  kmeans4j Algorithm values (default: every value of the built jar's Algorithm
#                 enum, read at run time, except EXACT_1D, which takes one-dimensional data only);
#                 each runs in double storage
#   --float       kmeans4j Algorithm values also run in float storage (Dataset.toFloats); default LLOYD
#   --no-seeding  leave out greedy k-means++ against scikit-learn's kmeans_plusplus
#   --no-python   leave out scikit-learn and FAISS;  --no-jvm-peers  leave out ELKI and Smile
#   --skip R@S    leave out kmeans4j row R (an Algorithm value, or FLOAT:A for A in float storage,
#                 FLOAT alone for LLOYD) on shape S,
#                 e.g. --skip KD_FILTER@60000x784x10 for a variant too slow there (repeatable)
#   --quick       shorter JMH runs and Python budgets, for checking the script, not for figures
#
# Environment: JAVA (default java), PYTHON (default /usr/bin/python3, which on Debian gets
# scikit-learn and FAISS from apt-get install python3-sklearn python3-faiss; without them those
# columns are skipped with a line saying why). Builds benchmarks/target/benchmarks.jar if missing
# (REBUILD=1 rebuilds it, offline). JMH refuses to start while another JMH run holds
# /tmp/jmh.lock; this script waits for the lock to be free (LOCK_WAIT seconds, default 1800).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
OUT="$ROOT/benchmarks/target/compare"
TABLE="$ROOT/benchmarks/target/compare-table.md"
JAVA=${JAVA:-java}
if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
SCRIPTS="$ROOT/benchmarks/scripts"

SHAPES=1000000x16x64,200000x64x256,60000x784x10,100000x2x8
THREADS=1,2
ALGORITHMS=
FLOATS=LLOYD
SEEDING=1
PY=1
JVM_PEERS=1
QUICK=0
SKIP=" "
while [[ $# -gt 0 ]]; do
  case $1 in
    --shapes) SHAPES=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --algorithms) ALGORITHMS=$2; shift 2 ;;
    --float) FLOATS=$2; shift 2 ;;
    --no-seeding) SEEDING=0; shift ;;
    --no-python) PY=0; shift ;;
    --no-jvm-peers) JVM_PEERS=0; shift ;;
    --skip) SKIP+="$2 "; shift 2 ;;
    --quick) QUICK=1; shift ;;
    -h|--help) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

START=$(date +%s)
if [[ ! -f "$JAR" || -n "${REBUILD:-}" ]]; then
  echo "== building $JAR"
  ./mvnw -o -B -q -pl benchmarks -am -DskipTests package
fi

if [[ -z "$ALGORITHMS" ]]; then
  ALGORITHMS=$("$JAVA" -cp "$JAR" io.github.kmeans4j.benchmarks.CompareBenchmark --algorithms | grep -vx EXACT_1D | paste -sd, -)
fi
KMEANS4J=""
for a in ${ALGORITHMS//,/ }; do KMEANS4J+="KMEANS4J:$a,"; done
for a in ${FLOATS//,/ }; do KMEANS4J+="KMEANS4J_FLOAT:$a,"; done
KMEANS4J=${KMEANS4J%,}
JVM_PEER_LIBS=ELKI_ELKAN,ELKI_HAMERLY,SMILE_BBD
echo "== kmeans4j rows: $KMEANS4J"

rm -rf "$OUT"
mkdir -p "$OUT"
"$JAVA" -version > "$OUT/java-version.txt" 2>&1

# Fits of a few ms (100000x2x8): one warm-up and five measured iterations of 1 s. Larger shapes:
# the untimed fit of the setup (which counts the iterations) warms up, then three measured
# iterations of at least 1 s (an iteration lasts at least one whole fit).
if [[ $QUICK == 1 ]]; then
  JMH_SMALL=(-f 1 -wi 0 -i 2 -r 200ms); JMH_BIG=(-f 1 -wi 0 -i 1 -r 200ms); BUDGET=1
  SETTINGS="--quick: 1 fork, no warm-up, 1-2 measurement iterations of 200 ms; Python: 3 fits"
else
  # Big shapes get 2 warm-up iterations: with none, the first one-thread fits of 200000x64x256
  # still ran the kernel before the JIT had settled (247 ms per iteration against 117 after four
  # warm-up iterations, in one FitBenchmark run on 2026-12-05), which made two threads look 4x faster.
  JMH_SMALL=(-f 1 -wi 1 -w 1s -i 5 -r 1s); JMH_BIG=(-f 1 -wi 2 -w 1s -i 3 -r 1s); BUDGET=15
  SETTINGS="JMH 1 fork, avgt, heap -Xms4g -Xmx4g -XX:+AlwaysPreTouch; shapes with n·d·k < 10^7: 1 warm-up + 5 measurement iterations of 1 s; \
others: 2 warm-up + 3 measurement iterations of 1 s, an iteration lasting at \
least one fit; seeding: single shots, 30 warm-up + 10 measured for shapes with n·d·k < 10^7, \
1 + 3 for the others. scikit-learn and FAISS: 1 untimed fit, then 3 to 5 timed fits (no more after ${BUDGET} s)"
fi

wait_for_lock() {
  local waited=0
  # JMH holds an fcntl lock on /tmp/jmh.lock (Java's FileChannel.tryLock); Python's lockf sees it.
  while ! "$PYTHON" -c 'import fcntl; fcntl.lockf(open("/tmp/jmh.lock", "a"), fcntl.LOCK_EX | fcntl.LOCK_NB)' 2> /dev/null; do
    if (( waited == 0 )); then echo "== /tmp/jmh.lock is held by another JMH run: waiting"; fi
    sleep 10; waited=$((waited + 10))
    if (( waited >= ${LOCK_WAIT:-1800} )); then echo "== gave up waiting for /tmp/jmh.lock" >&2; exit 1; fi
  done
}

JSONS=(); LOGS=()
jmh() {
  local name=$1; shift
  echo "== JMH $name: $*"
  for attempt in 1 2 3; do
    wait_for_lock
    "$JAVA" -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 || echo "!! JMH $name failed, see $OUT/$name.log"
    grep -q "Unable to acquire the JMH lock" "$OUT/$name.log" || break
    echo "== lost the race for /tmp/jmh.lock, trying again"; sleep 10
  done
  grep -E "CompareBenchmark setup:|^CompareBenchmark.fit:iteration|Exception|ERROR" "$OUT/$name.log" | sed 's/^Iteration *[0-9]*: //' || true
  JSONS+=(--jmh-json "$OUT/$name.json"); LOGS+=(--jmh-log "$OUT/$name.log")
}

for s in ${SHAPES//,/ }; do
  IFS=x read -r n d k <<< "$s"
  if (( n * d * k < 10000000 )); then SETTINGS_JMH=("${JMH_SMALL[@]}"); else SETTINGS_JMH=("${JMH_BIG[@]}"); fi
  LIBS=""
  for lib in ${KMEANS4J//,/ }; do
    row=${lib#*:}; [[ $lib == KMEANS4J_FLOAT:* ]] && row=FLOAT:$row
    if [[ $SKIP == *" $row@$s "* || ( $row == FLOAT:LLOYD && $SKIP == *" FLOAT@$s "* ) ]]; then echo "== skipped on request: $lib on $s"; else LIBS+="$lib,"; fi
  done
  jmh "kmeans4j-$s" CompareBenchmark -p shape="$s" -p threads="$THREADS" -p library="${LIBS%,}" "${SETTINGS_JMH[@]}"
  if [[ $JVM_PEERS == 1 ]]; then
    jmh "jvmpeers-$s" CompareBenchmark -p shape="$s" -p threads=1 -p library="$JVM_PEER_LIBS" "${SETTINGS_JMH[@]}"
  fi
done

SEEDING_ARGS=()
if [[ $SEEDING == 1 ]]; then
  # One seeding is one shot (SingleShotTime): a shape seeded in milliseconds needs many shots
  # before the JIT has compiled the loops (one warm-up shot left 100000x2x8 at 8.7 ms, thirty at
  # 5.2), one seeded in seconds needs one.
  for s in ${SHAPES//,/ }; do
    IFS=x read -r n d k <<< "$s"
    if [[ $QUICK == 1 ]]; then SEED_JMH=(-f 1 -wi 0 -i 1)
    elif (( n * d * k < 10000000 )); then SEED_JMH=(-f 1 -wi 30 -i 10)
    else SEED_JMH=(-f 1 -wi 1 -i 3); fi
    echo "== JMH seeding $s: ${SEED_JMH[*]}"
    wait_for_lock
    "$JAVA" -jar "$JAR" SeedingBenchmark -p shape="$s" -p threads="$THREADS" "${SEED_JMH[@]}" \
        -rf json -rff "$OUT/seeding-$s.json" > "$OUT/seeding-$s.log" 2>&1 \
        || echo "!! SeedingBenchmark failed, see $OUT/seeding-$s.log"
    SEEDING_ARGS+=(--seeding-json "$OUT/seeding-$s.json")
  done
fi

PEER_ARGS=()
if [[ $PY == 1 ]]; then
  echo "== scikit-learn and FAISS ($PYTHON): writing the data sets"
  DATA="$OUT/data"
  mkdir -p "$DATA"
  PAIRS=()
  for s in ${SHAPES//,/ }; do PAIRS+=("$s" "$DATA/$s.f64"); done
  "$JAVA" -cp "$JAR" io.github.kmeans4j.benchmarks.BenchmarkData "${PAIRS[@]}"
  SEED_FLAG=(); if [[ $SEEDING == 1 ]]; then SEED_FLAG=(--seeding); fi
  for t in ${THREADS//,/ }; do
    "$PYTHON" "$SCRIPTS/compare_peers.py" --threads "$t" --data "$DATA" --out "$OUT/peers-$t.json" \
        --budget "$BUDGET" "${SEED_FLAG[@]}" ${SHAPES//,/ } || echo "!! compare_peers.py failed at $t threads"
    PEER_ARGS+=(--peers-json "$OUT/peers-$t.json")
  done
  rm -rf "$DATA"
fi

END=$(date +%s)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== table"
"$PYTHON" "$SCRIPTS/compare_table.py" "${JSONS[@]}" "${LOGS[@]}" "${PEER_ARGS[@]}" "${SEEDING_ARGS[@]}" \
  --shapes "$SHAPES" --threads "$THREADS" --kmeans4j "$KMEANS4J" \
  --java-version-file "$OUT/java-version.txt" --settings "$SETTINGS" \
  --notes "Load average at the end (1, 5, 15 min): $LOAD" \
  --runtime-seconds $((END - START)) --out "$TABLE"
echo "== written to $TABLE (total $((END - START)) s)"
