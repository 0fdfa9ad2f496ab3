#!/usr/bin/env bash
# Renders the content book (index.html) in headless Chromium and writes screenshot.png, the top of
# the page at 1280 px wide: title, bundle identity, verification summary, the decision-flow diagram
# (drawn by the local Mermaid) and the start of the catalogue. Look at the PNG after a content
# change. Needs Debian's chromium (apt-get install -y chromium); not part of the Maven build.
# Usage: docs/content-book/screenshot.sh [OUT.png [HEIGHT]]
set -euo pipefail
cd "$(dirname "$0")"
out=${1:-screenshot.png}
height=${2:-4000}
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --virtual-time-budget=20000 \
  --window-size="1280,$height" --screenshot="$out" "file://$PWD/index.html" 2>/dev/null
ls -l "$out"
