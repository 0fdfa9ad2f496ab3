#!/usr/bin/env bash
# Fetches the pinned Mermaid release from the npm registry into this folder (mermaid.min.js and its
# licence), and checks its SHA-256, so the content book can draw its diagram with no CDN.
# Needs npm. ContentBookTest checks the committed copy against the same digest.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=11.17.2
SHA256=581ed7d74bd9048d0e3a91363927d72ef22942d7722546b27f7cc29e35390eb8

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "mermaid@$VERSION" >/dev/null \
  && tar xzf "mermaid-$VERSION.tgz" package/dist/mermaid.min.js package/LICENSE)
echo "$SHA256  $work/package/dist/mermaid.min.js" | sha256sum --check --quiet -
cp "$work/package/dist/mermaid.min.js" mermaid.min.js
cp "$work/package/LICENSE" mermaid.LICENSE
echo "mermaid $VERSION: mermaid.min.js, mermaid.LICENSE"
