#!/usr/bin/env bash
# npm tools pinned in .ci/node/package.json: axe-core (injected by the browser tests) and vnu-jar
# (the Nu HTML Checker, run by .ci/steps/60-html-validity.sh). Installs only when node_modules is stale.
set -euo pipefail
cd "$(dirname "$0")/../node"
if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
