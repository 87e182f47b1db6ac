#!/usr/bin/env bash
# Regenerates the README gallery (docs/gallery/*.png) from the examples' own output: each example
# runs headless with its defaults, and the picture the README shows is cut from what it wrote
# (the last frame of its animation, or its still picture) and reduced to the gallery's width.
# explorer.png is a screenshot of the explorer window under Xvfb, taken by
# kmeans-examples/src/test/xvfb/explorer-screenshot.sh (which installs xvfb when missing).
# Needs a python3 with Pillow: /usr/bin/python3 with Debian's python3-pil (PYTHON= another).
# KEEP=DIR keeps the examples' full-size output in DIR, to look at beside the reduced pictures.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -n "${KEEP:-}" ]]; then
  out=$KEEP
  mkdir -p "$out"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
./mvnw -q -B -pl kmeans-examples -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$out/cp.txt" </dev/null
cp="kmeans-examples/target/classes:$(cat "$out/cp.txt")"
opts="--add-modules jdk.incubator.vector $(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)"
for example in line blobs iris init choose-k quantize digits spark; do
  # shellcheck disable=SC2086
  java $opts -Djava.awt.headless=true -cp "$cp" io.github.kmeans4j.examples.Main "$example" \
      --window no --out "$out/$example" > "$out/$example.log"
done
mkdir -p "$out/explorer"
kmeans-examples/src/test/xvfb/explorer-screenshot.sh "$out/explorer/explorer-window.png" > "$out/explorer.log"
"${PYTHON:-/usr/bin/python3}" - "$out" docs/gallery <<'PY'
import sys
from PIL import Image, ImageSequence
src, dst = sys.argv[1], sys.argv[2]
def last_frame(gif):
    frames = [f.convert("RGB") for f in ImageSequence.Iterator(Image.open(gif))]
    return frames[-1]
def save(image, name, width):
    image = image.convert("RGB")
    height = round(image.height * width / image.width)
    image.resize((width, height), Image.LANCZOS).save(f"{dst}/{name}.png", optimize=True)
save(Image.open(f"{src}/line/line-compare.png"), "line", 480)
save(last_frame(f"{src}/blobs/blobs.gif"), "blobs", 480)
save(last_frame(f"{src}/iris/iris.gif"), "iris", 480)
save(Image.open(f"{src}/init/init-inertia.png"), "init", 480)
save(Image.open(f"{src}/choose-k/choose-k.png"), "choose-k", 640)
save(Image.open(f"{src}/quantize/quantize.png"), "quantize", 560)
save(Image.open(f"{src}/digits/digits-centroids.png"), "digits", 400)
save(last_frame(f"{src}/spark/spark.gif"), "spark", 480)
save(Image.open(f"{src}/explorer/explorer-window.png"), "explorer", 520)
PY
echo "gallery written to docs/gallery"
