#!/usr/bin/env bash
# How long `briefing check` takes on the real site: median of N runs (default 20), whole process and per phase.
# Usage: bash bench/check.sh [N]   (builds the CLI in Release first). Writes nothing but bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
dotnet build src/Briefing.Cli -c Release -v q -nologo >/dev/null
dll=src/Briefing.Cli/bin/Release/net10.0/briefing.dll
mkdir -p bench/results
out=bench/results/check.txt
: > "$out"
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  line=$(dotnet "$dll" check --timings | grep '^timings: ')
  end=$(date +%s%N)
  echo "process $(( (end - start) / 1000000 )) ms, ${line#timings: }" >> "$out"
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
echo "briefing check on input/, median of $runs runs:"
for phase in process load theme model render links; do
  value=$(grep -oE "(^|, )$phase [0-9.]+ ms" "$out" | grep -oE '[0-9.]+' | median)
  echo "  $phase: $value ms"
done
