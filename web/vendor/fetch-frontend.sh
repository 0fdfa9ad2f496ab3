#!/usr/bin/env bash
# Vendors the front-end code the web module serves and tests with, from the npm registry, pinned by
# version and SHA-256, so nothing is fetched at build, test or run time:
#   - GOV.UK Frontend (MIT): its JavaScript as published, and its Sass compiled by govuk.scss
#     (only the components the page uses, a system font stack, no GDS Transport font, no crown or
#     logo, which are only for government services) into ../src/main/resources/static/vendor/govuk-frontend/
#   - axe-core (MPL-2.0), for the browser tests only, into ../src/test/resources/axe/
# Needs npm (Node.js 18+). VendoredAssetsTest checks the committed files against the digests below.
# The govuk-frontend npm package carries no licence file: govuk-frontend.LICENSE beside it is the
# project's LICENSE.txt (MIT), committed by hand and left alone by this script.
set -euo pipefail
cd "$(dirname "$0")"
GOVUK_VERSION=6.6.0
GOVUK_TGZ_SHA256=52c4eb554e54d8a6e4ba801e9da5ec3a5b930fd2f117a39677f0b6296e954751
SASS_VERSION=1.108.2
AXE_VERSION=4.14.1
AXE_TGZ_SHA256=e6b0ce02b84d892e2e33e403485e7f3d6c29e2be6df65daf44d89ba564139745
# What this script writes; a different result means an input changed, and is refused.
GOVUK_CSS_SHA256=d11db31c04c80245a6ab35a4a889ddc4984dd02334d0a76b3e997e01b083d64b
GOVUK_JS_SHA256=0391e416adb9af2c69addede9d650a5f31939a7092544fa82a6f4c70201026d0
AXE_JS_SHA256=29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c

static=../src/main/resources/static/vendor/govuk-frontend
axe=../src/test/resources/axe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "govuk-frontend@$GOVUK_VERSION" "axe-core@$AXE_VERSION" >/dev/null)
echo "$GOVUK_TGZ_SHA256  $work/govuk-frontend-$GOVUK_VERSION.tgz" | sha256sum --check --quiet -
echo "$AXE_TGZ_SHA256  $work/axe-core-$AXE_VERSION.tgz" | sha256sum --check --quiet -
mkdir -p "$work/lib/govuk-frontend" "$work/axe"
tar xzf "$work/govuk-frontend-$GOVUK_VERSION.tgz" -C "$work/lib/govuk-frontend" --strip-components=1
tar xzf "$work/axe-core-$AXE_VERSION.tgz" -C "$work/axe" --strip-components=1

# The Sass compiler, only to build the stylesheet here (its scripts are not run).
(cd "$work" && npm install --silent --ignore-scripts --no-audit --no-fund --no-save --no-package-lock \
  "sass@$SASS_VERSION" >/dev/null)
"$work/node_modules/.bin/sass" --no-source-map --style=compressed --load-path="$work/lib" \
  govuk.scss "$work/govuk-frontend.min.css"

mkdir -p "$static" "$axe"
check() { # file, expected digest
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  if [[ "$got" != "$2" ]]; then echo "SHA-256 of $(basename "$1") is $got, expected $2"; exit 1; fi
}
check "$work/govuk-frontend.min.css" "$GOVUK_CSS_SHA256"
check "$work/lib/govuk-frontend/dist/govuk/govuk-frontend.min.js" "$GOVUK_JS_SHA256"
check "$work/axe/axe.min.js" "$AXE_JS_SHA256"
cp "$work/govuk-frontend.min.css" "$static/govuk-frontend.min.css"
cp "$work/lib/govuk-frontend/dist/govuk/govuk-frontend.min.js" "$static/govuk-frontend.min.js"
cp "$work/axe/axe.min.js" "$axe/axe.min.js"
cp "$work/axe/LICENSE" "$axe/axe-core.LICENSE"
echo "govuk-frontend $GOVUK_VERSION (Sass $SASS_VERSION), axe-core $AXE_VERSION: vendored"
