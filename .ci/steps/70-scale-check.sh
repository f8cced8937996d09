#!/usr/bin/env bash
# The check at scale (issue: readers at 100,000 events). Builds the product corpus at 10,000 events
# (bench/make-product-corpus.py: 10,000 events, 1,000 briefings), then:
#  - no HTML page is larger than 150 KB (the budget holds at 100,000 events; see bench/README.md);
#  - every HTML page passes the Nu HTML Checker (60-html-validity.sh's checks, on this site);
#  - Lighthouse (mobile, simulated throttling) scores at least 95 for performance on /events/, an actor
#    page, a tag page and /tension/.
# axe on each kind of list page at this scale is a browser test (tests/Briefing.BrowserTests/ListPagesAtScaleTests.cs).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
[ -x .ci/node/node_modules/.bin/lighthouse ] || bash .ci/setup/61-node-tools.sh

python3 bench/make-product-corpus.py "$work/input" 10000
dotnet run -c Release --project src/Briefing.Cli -- build --input "$work/input" --output "$work/site" --base-url http://127.0.0.1:8766/ | tail -1

read -r size page < <(find "$work/site" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
echo "largest HTML page at 10,000 events: $size bytes ($page)"
[ "$size" -le $((150 * 1024)) ] || { echo "budget: no HTML page may exceed 150 KB" >&2; exit 1; }

bash .ci/steps/60-html-validity.sh "$work/site"

python3 -m http.server 8766 --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
sleep 1
tag=$(find "$work/site/tags" -mindepth 1 -maxdepth 1 -type d | sort | head -1)
failed=0
for path in /events/ /actors/rus/ "/tags/$(basename "$tag")/" /tension/; do
  CHROME_PATH=/usr/bin/chromium .ci/node/node_modules/.bin/lighthouse "http://127.0.0.1:8766$path" \
    --only-categories=performance --output=json --output-path="$work/lh.json" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" >/dev/null
  score=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(round(d['categories']['performance']['score']*100))" "$work/lh.json")
  lcp=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['audits']['largest-contentful-paint']['displayValue'])" "$work/lh.json")
  echo "Lighthouse performance $path: $score (LCP $lcp)"
  [ "$score" -ge 95 ] || failed=1
done
[ "$failed" -eq 0 ] || { echo "Lighthouse: every page must score at least 95" >&2; exit 1; }
