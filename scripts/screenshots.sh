#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshots/: one PNG per kind of HTML report, each as a
# reader first sees it in a browser (headless Chromium, 1000 x 1400 px). The
# documents pictured are those marked "screenshot" in tests/browser/documents.json.
# usage: scripts/screenshots.sh   (after a build; ENGAGE and CHROMIUM override)
set -eu
cd "$(dirname "$0")/.."
engage=${ENGAGE:-build/cli/engage}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  echo "screenshots: no Chromium; scripts/install-deps.sh installs it" >&2
  exit 2
fi
[ -x "$engage" ] || { echo "screenshots: no $engage; build first" >&2; exit 2; }
mkdir -p docs/screenshots
python3 tests/browser/check_browser.py --screenshots docs/screenshots "$engage" "$chromium"
