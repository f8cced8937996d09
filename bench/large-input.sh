#!/usr/bin/env bash
# How `briefing build` time grows with input size: one briefing of 1, 2, 4, 8 and 16 MB, one event with
# 12,500 … 200,000 body lines, one briefing with 1,250 … 20,000 tags. Median of N runs (default 3) per
# size, and the time per unit, which stays roughly flat when growth is linear.
# Usage: bash bench/large-input.sh [N]   (builds the CLI in Release first). Writes bench/results/large-input.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Briefing.Cli -c Release -o "$work/bin" -v q -nologo >/dev/null
mkdir -p bench/results
out=bench/results/large-input.txt
: > "$out"
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

site() {
  rm -rf "$work/input" "$work/output"
  mkdir -p "$work/input/briefings/large"
  printf 'title: T\ndescription: D\nbase_url: https://x.example/\nlanguage: en\nauthor: A\n' > "$work/input/site.yml"
}
front() { printf -- '---\ntitle: Large\ndate: 2025-01-01\nsummary: S\nbyline: B\ntags: %s\n---\n\n' "$1"; }
paragraph='Relations between the two capitals were tested again, and the record of events grew longer.'

time_build() {
  for _ in $(seq "$runs"); do
    rm -rf "$work/output"
    start=$(date +%s%N)
    "$work/bin/briefing" build --input "$work/input" --theme theme --output "$work/output" >/dev/null
    echo $(( ($(date +%s%N) - start) / 1000000 ))
  done | median
}

report() { # kind size unit ms
  printf '%-8s %8s %-6s %7s ms  %8.3f ms per %s\n' "$1" "$2" "$3" "$4" "$(echo "$4 / $2" | bc -l)" "$3" | tee -a "$out"
}

for mb in 1 2 4 8 16; do
  site
  { front '[]'; yes "$paragraph"$'\n' | head -c $((mb * 1000000)); } > "$work/input/briefings/large/v1.md"
  report briefing "$mb" MB "$(time_build)"
done
for lines in 12500 25000 50000 100000 200000; do
  site
  { front '[]'; echo Text.; } > "$work/input/briefings/large/v1.md"
  mkdir -p "$work/input/events"
  { printf -- '---\ntitle: Long\ndate: 2025-01-15\nlocation: Baku\nactor1: AZE:GOV\nactor2: RUS:GOV\ncameo: "190"\nsources:\n  - url: https://example.org/r\n    title: R\nsummary: S\n---\n\n'
    seq "$lines" | sed 's/.*/Line & of the account./'; } > "$work/input/events/2025-01-15-long.md"
  report event "$lines" line "$(time_build)"
done
for tags in 1250 2500 5000 10000 20000; do
  site
  { front "[$(seq -s ', ' "$tags" | sed 's/\([0-9]\+\)/topic \1/g')]"; echo Text.; } > "$work/input/briefings/large/v1.md"
  report tags "$tags" tag "$(time_build)"
done
echo "written to $out"
