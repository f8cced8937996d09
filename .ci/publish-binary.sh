#!/usr/bin/env bash
# Publishes the native `briefing` binary (Native AOT, linux-x64) into $1 (default artifacts/aot) with
# the README's command, and fails on any warning: trim and AOT analysis included, which a plain
# TreatWarningsAsErrors may not cover in the native compiler's own stage. Needs gcc or clang to link.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/aot}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet publish src/Briefing.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out" -warnaserror 2>&1 | tee "$log"
if grep -qiE '(^|[ :])warning [A-Z]*[0-9]+' "$log"; then
  echo "the native publish printed warnings (above); it must print none" >&2
  exit 1
fi
# Linked at a fixed address (RuntimeOptions.props, for start-up time): ELF type 2, not 3 (position-independent). A link
# left in obj/ from before that setting would still be position-independent: remove obj/Release/*/linux-x64/native.
if [ "$(od -An -tu2 -j16 -N2 "$out/briefing" | tr -d ' ')" != 2 ]; then
  echo "$out/briefing is position-independent; RuntimeOptions.props links it at a fixed address (stale obj/…/native?)" >&2
  exit 1
fi
echo "native binary: $out/briefing ($(du -k "$out/briefing" | cut -f1) KiB)"
