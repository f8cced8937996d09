#!/usr/bin/env bash
# npm tools pinned in .ci/node/package.json: axe-core (injected by the browser tests), vnu-jar
# (the Nu HTML Checker, run by .ci/steps/60-html-validity.sh) and Lighthouse (.ci/steps/70-scale-check.sh). Installs only when node_modules is stale.
set -euo pipefail
cd "$(dirname "$0")/../node"
if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -x node_modules/.bin/lighthouse ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
