#!/usr/bin/env bash
# Tools the CI script itself uses.
set -euo pipefail
if ! command -v bc >/dev/null; then
  apt-get update -qq && apt-get install -y -qq bc >/dev/null
fi
