#!/usr/bin/env bash
# Validates the built site in output/ (run after the build):
#  - every HTML page with the Nu HTML Checker (npm vnu-jar, pinned in .ci/node): any error fails;
#  - sitemap.xml against the sitemaps.org 0.9 schema (tests/schemas/sitemap.xsd) with xmllint;
#  - feed.xml is well-formed XML whose root is an Atom feed (the Atom rules themselves are checked
#    by tests/Briefing.Core.Tests/Publishing/FeedTests.cs).
set -euo pipefail
cd "$(dirname "$0")/../.."
site="${1:-output}"
vnu=.ci/node/node_modules/vnu-jar/build/dist/vnu.jar
[ -f "$vnu" ] || bash .ci/setup/61-node-tools.sh

mapfile -t pages < <(find "$site" -name '*.html' | sort)
echo "Nu HTML Checker: ${#pages[@]} pages"
java -Xss4m -jar "$vnu" --errors-only --format gnu "${pages[@]}"
echo "Nu HTML Checker: 0 errors"

xmllint --noout --schema tests/schemas/sitemap.xsd "$site/sitemap.xml"
xmllint --noout "$site/feed.xml"
root=$(xmllint --xpath 'namespace-uri(/*)' "$site/feed.xml")
[ "$root" = "http://www.w3.org/2005/Atom" ] || { echo "feed.xml: root element is not in the Atom namespace ($root)"; exit 1; }
echo "feed.xml: well-formed Atom"
