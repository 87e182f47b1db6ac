#!/usr/bin/env bash
# A quick pass of PeerFitBenchmark: kmeans4j against Smile, ELKI, Commons Math and Tribuo (and
# scikit-learn, if /usr/bin/python3 has it) on all five shapes, in well under 10 minutes on a
# 2-core machine. Writes benchmarks/target/quick-table.md and prints it.
#
#   benchmarks/quick.sh            (from anywhere; builds benchmarks/target/benchmarks.jar if missing)
#
# Environment: JAVA (default: java on the PATH), PYTHON (default: /usr/bin/python3, else python3).
#
# Quick means: 1 fork, few and short iterations (see JMH_SMALL/JMH_BIG below), so the figures
# are rough; the full-length run is `java -jar benchmarks/target/benchmarks.jar PeerFitBenchmark`
# with the shapes of your choice. Cells left out, because alone they would take about two minutes
# here (a 25-30 s fit, run once in setup and three times measured): SMILE_LLOYD and TRIBUO on
# 200000x64x256. The table lists them as not run. JMH refuses to start while another JMH run
# holds /tmp/jmh.lock: wait for it rather than share the cores with it.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
OUT="$ROOT/benchmarks/target/quick"
TABLE="$ROOT/benchmarks/target/quick-table.md"
JAVA=${JAVA:-java}
if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
SCRIPTS="$ROOT/benchmarks/scripts"

START=$(date +%s)

if [[ ! -f "$JAR" ]]; then
  echo "== building $JAR"
  ./mvnw -B -ntp -q -pl benchmarks -am -DskipTests package
fi

rm -rf "$OUT"
mkdir -p "$OUT"
"$JAVA" -version > "$OUT/java-version.txt" 2>&1

ALL=KMEANS4J,SMILE_LLOYD,SMILE,ELKI_LLOYD,ELKI_HAMERLY,COMMONS_MATH,TRIBUO
# Small shapes: fits of 20 ms to 4 s; one warm-up iteration, five measured. Big shapes: fits of
# 0.3 to 12 s; the untimed fit in the benchmark's setup (which counts iterations) is their warm-up,
# and three measured iterations. A JMH iteration lasts 1 s or one whole fit, whichever is longer.
JMH_SMALL=(-f 1 -wi 1 -w 1s -i 5 -r 1s)
JMH_BIG=(-f 1 -wi 0 -i 3 -r 1s)
SETTINGS="1 fork, avgt mode; 1000000x1x5 and 100000x2x8: 1 warm-up + 5 measurement iterations of 1 s; \
other shapes: no warm-up iteration (the untimed fit of the setup warms up) + 3 measurement iterations \
of 1 s; an iteration lasts at least one whole fit"

# run NAME JMH-ARGS...: one JMH invocation, JSON and log kept under benchmarks/target/quick/.
run() {
  local name=$1
  shift
  echo "== JMH: $name"
  "$JAVA" -jar "$JAR" PeerFitBenchmark -rf json -rff "$OUT/$name.json" "$@" 2>&1 | tee "$OUT/$name.log"
}

run small -p shape=1000000x1x5,100000x2x8 -p library=$ALL "${JMH_SMALL[@]}"
run big -p shape=500000x16x64,60000x784x10 -p library=$ALL "${JMH_BIG[@]}"
run big256 -p shape=200000x64x256 -p library=KMEANS4J,SMILE,ELKI_LLOYD,ELKI_HAMERLY,COMMONS_MATH "${JMH_BIG[@]}"

# scikit-learn on the very same points: the JVM writes the data sets, numpy reads them.
SKLEARN_ARGS=()
if "$PYTHON" -c 'import sklearn' > /dev/null 2>&1; then
  echo "== scikit-learn ($PYTHON)"
  DATA="$OUT/data"
  mkdir -p "$DATA"
  SHAPES=(1000000x1x5 100000x2x8 500000x16x64 200000x64x256 60000x784x10)
  PAIRS=()
  for s in "${SHAPES[@]}"; do PAIRS+=("$s" "$DATA/$s.f64"); done
  "$JAVA" -cp "$JAR" io.github.kmeans4j.benchmarks.BenchmarkData "${PAIRS[@]}"
  "$PYTHON" "$SCRIPTS/sklearn_fit.py" "$OUT/sklearn.json" "$DATA" "${SHAPES[@]}"
  rm -rf "$DATA"
  SKLEARN_ARGS=(--sklearn-json "$OUT/sklearn.json")
else
  SKLEARN_ARGS=(--sklearn-missing "scikit-learn is not importable by $PYTHON")
fi

END=$(date +%s)
echo "== table"
"$PYTHON" "$SCRIPTS/quick_table.py" \
  --jmh-json "$OUT/small.json" --jmh-json "$OUT/big.json" --jmh-json "$OUT/big256.json" \
  --jmh-log "$OUT/small.log" --jmh-log "$OUT/big.log" --jmh-log "$OUT/big256.log" \
  "${SKLEARN_ARGS[@]}" \
  --skipped SMILE_LLOYD@200000x64x256 --skipped TRIBUO@200000x64x256 \
  --java-version-file "$OUT/java-version.txt" \
  --settings "$SETTINGS" \
  --runtime-seconds $((END - START)) \
  --out "$TABLE"
echo "== written to $TABLE (total $((END - START)) s)"
