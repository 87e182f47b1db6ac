#!/bin/sh
# Headless-Chromium test of the HTML player written by Animation.writeHtml.
#
# Usage: run-player-test.sh PLAYER.html
#
# Opens the player with "#play" (which starts playback), lets about 5 s of virtual time pass, and
# checks in the resulting DOM that the player moved off the first frame (it writes the index of
# the frame it shows to <body data-frame="...">) and is playing. Installs Debian's chromium
# package first when no chromium is on the PATH (needs root and apt). Exit status 0 on success.
set -eu

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 PLAYER.html" >&2
    exit 2
fi
html=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "chromium is missing and installing it needs root" >&2
        exit 2
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

dom=$(chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --virtual-time-budget=5000 --dump-dom "file://$html#play" 2>/dev/null)

body=$(printf '%s\n' "$dom" | grep -o '<body[^>]*>' | head -n 1)
frame=$(printf '%s\n' "$body" | sed -n 's/.*data-frame="\([0-9]*\)".*/\1/p')
playing=$(printf '%s\n' "$body" | sed -n 's/.*data-playing="\([a-z]*\)".*/\1/p')

if [ -z "$frame" ]; then
    echo "FAIL: the player wrote no frame index (body tag: $body)" >&2
    exit 1
fi
if [ "$frame" -eq 0 ] || [ "$playing" != "true" ]; then
    echo "FAIL: after 5 s of play the player shows frame $frame, playing=$playing" >&2
    exit 1
fi
echo "OK: the player moved to frame $frame while playing"
