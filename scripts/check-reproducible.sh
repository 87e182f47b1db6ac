#!/usr/bin/env bash
# Builds the published modules twice from clean and compares every jar (classes, sources,
# javadoc, the CLI's executable jar) and SBOM byte for byte: the build is reproducible when
# nothing differs. Prints the differing files and exits 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=kmeans-core,kmeans-viz-awt,kmeans-video,kmeans-spark,kmeans-cli
first=$(mktemp -d)
trap 'rm -rf "$first"' EXIT

build() {
  ./mvnw -B -ntp -q -pl "$modules" -am clean package -DskipTests </dev/null
}

build
for m in ${modules//,/ }; do
  mkdir -p "$first/$m"
  cp "$m"/target/*.jar "$m"/target/bom.json "$first/$m/"
done
sleep 2   # a build that stamped the wall clock would now differ
build
status=0
for m in ${modules//,/ }; do
  for f in "$first/$m"/*; do
    name=$(basename "$f")
    if ! cmp -s "$f" "$m/target/$name"; then
      echo "not reproducible: $m/target/$name"
      status=1
    fi
  done
done
if [ "$status" -eq 0 ]; then
  echo "reproducible: $(ls "$first"/*/* | wc -l) files of $modules identical in two clean builds"
fi
exit "$status"
