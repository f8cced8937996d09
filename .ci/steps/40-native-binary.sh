#!/usr/bin/env bash
# The native binary builds what `dotnet run` builds. Publishes `briefing` with Native AOT (zero
# warnings: .ci/publish-binary.sh), builds the real site and every valid fixture site with it and
# with `dotnet run`, and fails unless each pair of outputs is byte-identical (diff -r). Then prints
# the median of 11 cold builds of the real site (a fresh process and an empty output folder each), after one
# build's --timings and the machine's load, so that a slow median explains itself.
# BRIEFING_BINARY=path uses a binary published before (by .ci/publish-binary.sh) instead of publishing again.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

binary="${BRIEFING_BINARY:-}"
if [ -z "$binary" ]; then
  bash .ci/publish-binary.sh "$work/aot" > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
  tail -1 "$work/publish.log"
  binary="$work/aot/briefing"
fi
binary=$(realpath "$binary")

sites=(input tests/fixtures/01-minimal tests/fixtures/03-versions tests/fixtures/04-events tests/fixtures/05-tension tests/fixtures/50-serve/input tests/fixtures/60-publishing)
dotnet build src/Briefing.Cli -v quiet -nologo >/dev/null
failed=0
for site in "${sites[@]}"; do
  name=${site//\//_}
  dotnet run --no-build --project src/Briefing.Cli -- build --input "$site" --output "$work/jit/$name" >/dev/null
  "$binary" build --input "$site" --output "$work/native/$name" >/dev/null
  if diff -r "$work/jit/$name" "$work/native/$name" > "$work/$name.diff"; then
    echo "same: $site ($(find "$work/native/$name" -type f | wc -l) files)"
  else
    echo "DIFFERENT: $site" >&2
    head -40 "$work/$name.diff" >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] || { echo "the native binary and dotnet run build different sites" >&2; exit 1; }

# What else the machine is doing while the cold builds run, and where one cold build spends its time: in CI the
# median has measured up to twice the figure of the same step run alone (bench/README.md, ninth session).
echo "load average before the cold builds: $(cut -d' ' -f1-3 /proc/loadavg); busiest processes:"
top -bn1 -o %CPU 2>/dev/null | sed -n "7,12p" || true
"$binary" build --output "$work/cold" --timings 2>&1 >/dev/null | grep -E '^(startup|load|model|theme|render|links|write|total) ' || true
for _ in $(seq 1 11); do
  rm -rf "$work/cold"
  start=$(date +%s%N)
  "$binary" build --output "$work/cold" >/dev/null 2>&1
  echo $(( ($(date +%s%N) - start) / 1000 ))
done | sort -n | awk '{t[NR] = $1} END {printf "native cold build of the real site: median %.1f ms of %d runs (fastest %.1f ms)\n", t[int((NR + 1) / 2)] / 1000, NR, t[1] / 1000}'
