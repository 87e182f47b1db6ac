#!/usr/bin/env bash
# Runs the explorer's real Swing window on a virtual X display (Xvfb) and lets the window drive itself
# with java.awt.Robot (the hidden system property kmeans4j.explorer.selftest): it clicks GO, waits
# until a few frames have played and saves a screenshot of the window (OUTPUT); it places K centroids
# by clicking data points in the plot, saves a second screenshot before the last click
# (OUTPUT-placing.png) and checks that the run starts from the clicked places; then it clicks
# "Export GIF/HTML". This script checks the exit status, that both PNGs exist and are not blank,
# and that the exported files exist.
#
# Usage (from anywhere): kmeans-examples/src/test/xvfb/explorer-screenshot.sh [OUTPUT.png]
# Default output: kmeans-examples/target/xvfb/explorer-window.png. The export goes to the same folder
# (explorer-run-N.gif/.html; earlier ones there are removed first).
# Needs Debian's xvfb (installed with apt-get when absent) and the compiled modules (built with the
# Maven wrapper when missing). Environment: JAVA (default: java), DISPLAY_NUMBER (default: 99).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
out="${1:-$root/kmeans-examples/target/xvfb/explorer-window.png}"
java="${JAVA:-java}"
number="${DISPLAY_NUMBER:-99}"
# Another Xvfb (another checkout's test) may hold :99: take the first free display from there.
while [ -e "/tmp/.X${number}-lock" ] || [ -e "/tmp/.X11-unix/X${number}" ]; do
    number=$((number + 1))
done
display=":$number"

if ! command -v Xvfb >/dev/null 2>&1; then
    echo "Xvfb not found: installing Debian's xvfb"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq xvfb
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq xvfb
    fi
fi

if [ ! -f "$root/kmeans-examples/target/classes/io/github/kmeans4j/examples/ExplorerWindow.class" ]; then
    echo "compiling the modules"
    (cd "$root" && ./mvnw -B -ntp -q -pl kmeans-examples -am package -DskipTests)
fi

ejml_version="$(sed -n 's:.*<ejml.version>\(.*\)</ejml.version>.*:\1:p' "$root/pom.xml")"
m2="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
cp="$root/kmeans-examples/target/classes:$root/kmeans-core/target/classes:$root/kmeans-viz-awt/target/classes"
for artifact in ejml-ddense ejml-core; do
    jar="$m2/org/ejml/$artifact/$ejml_version/$artifact-$ejml_version.jar"
    if [ ! -f "$jar" ]; then
        echo "missing $jar: run ./mvnw -B -ntp -pl kmeans-examples -am package first" >&2
        exit 1
    fi
    cp="$cp:$jar"
done

mkdir -p "$(dirname "$out")"
rm -f "$out" "${out%.png}-placing.png" "$(dirname "$out")"/explorer-run-*.gif "$(dirname "$out")"/explorer-run-*.html

Xvfb "$display" -screen 0 1400x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    [ -e "/tmp/.X11-unix/X$number" ] && break
    sleep 0.1
done
if ! kill -0 "$xvfb_pid" 2>/dev/null || [ ! -e "/tmp/.X11-unix/X$number" ]; then
    echo "FAIL: Xvfb did not start on $display" >&2
    exit 1
fi
echo "Xvfb running on $display"

status=0
DISPLAY="$display" timeout 120 "$java" --add-modules jdk.incubator.vector \
    -Dkmeans4j.explorer.selftest="$out" \
    -cp "$cp" io.github.kmeans4j.examples.Main explorer --window yes \
    --out "$(dirname "$out")" || status=$?
if [ "$status" -ne 0 ]; then
    echo "FAIL: the explorer's self-test exited with status $status" >&2
    exit 1
fi

# The screenshot must exist and show more than a few colours (a blank or black window has one or two).
"$java" "$here/CheckScreenshot.java" "$out"
"$java" "$here/CheckScreenshot.java" "${out%.png}-placing.png"
for ext in gif html; do
    if ! ls "$(dirname "$out")"/explorer-run-*."$ext" >/dev/null 2>&1; then
        echo "FAIL: Export GIF/HTML wrote no explorer-run-N.$ext in $(dirname "$out")" >&2
        exit 1
    fi
done
echo "OK: the explorer window played a run, placed centroids by clicks and exported the run"
