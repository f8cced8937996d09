#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/Briefing.BrowserTests) and Lighthouse, and xmllint
# for the sitemap schema check, and python3 for the product corpus. Idempotent: installs only what is missing.
set -euo pipefail
missing=()
command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
# python3 runs bench/make-product-corpus.py for the tests and the scale check at 10,000 events.
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
fi
chromium --version 2>/dev/null || true
