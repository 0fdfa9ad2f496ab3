#!/usr/bin/env bash
# Regenerates the screenshots in docs/web/ (phone and desktop width, mid-journey and finished) by
# running the browser test that takes them. Needs what the build needs, plus chromium and
# chromium-driver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl web -am verify -Dit.test=ScreenshotsIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dweb.screenshots.dir="$(pwd)/docs/web"
ls -l docs/web/*.png
