#!/usr/bin/env bash
# How `briefing build` time grows with input size: one briefing of 1, 2, 4, 8 and 16 MB, one event with
# 12,500 … 200,000 body lines, one briefing with 1,250 … 20,000 tags. For each size: the median of N runs
# (default 3) of wall time, of CPU time (user + system, steadier than wall on a shared machine) and of peak
# RSS, and the wall and CPU time per unit above the build of a one-paragraph site (process start, theme:
# what does not grow). The per-unit figures stay roughly flat when growth is linear.
# Usage: bash bench/large-input.sh [N]   (builds the CLI in Release first). Writes bench/results/large-input.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
if [ ! -x /usr/bin/time ]; then
  echo "large-input.sh needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Briefing.Cli -c Release -o "$work/bin" -v q -nologo >/dev/null
mkdir -p bench/results
out=bench/results/large-input.txt
printf '# %s UTC, commit %s, median of %s runs, %s cores, load average at start %s\n' \
  "$(date -u '+%Y-%m-%d %H:%M')" "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out"
printf '%-8s %8s %-5s %9s %9s %8s %14s %14s\n' kind size unit 'wall ms' 'cpu ms' 'RSS MB' 'wall ms/unit' 'cpu ms/unit' | tee -a "$out"
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

site() {
  rm -rf "$work/input" "$work/output"
  mkdir -p "$work/input/briefings/large"
  printf 'title: T\ndescription: D\nbase_url: https://x.example/\nlanguage: en\nauthor: A\n' > "$work/input/site.yml"
}
front() { printf -- '---\ntitle: Large\ndate: 2025-01-01\nsummary: S\nbyline: B\ntags: %s\n---\n\n' "$1"; }
paragraph='Relations between the two capitals were tested again, and the record of events grew longer.'

# Prints "wall-ms cpu-ms rss-MB" (medians), or "failed" (with the build's last words on stderr) when a
# build does not succeed, e.g. killed for lack of memory: a failed run must never be reported as a time.
measure() {
  local walls=() cpus=() rsss=() status wall user sys rss
  for _ in $(seq "$runs"); do
    rm -rf "$work/output"
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
      "$work/bin/briefing" build --input "$work/input" --theme theme --output "$work/output" >/dev/null 2>"$work/stderr" || status=$?
    if [ "$status" -ne 0 ]; then
      echo "build failed with status $status: $(tail -n 3 "$work/stderr") $(tail -n 1 "$work/time")" >&2
      echo failed
      return
    fi
    read -r wall user sys rss < <(tail -n 1 "$work/time")
    walls+=("$(echo "$wall * 1000" | bc)")
    cpus+=("$(echo "($user + $sys) * 1000" | bc)")
    rsss+=($((rss / 1024)))
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${rsss[@]}" | median)"
}

report() { # kind size unit "wall cpu rss"
  if [ "$4" = failed ]; then
    printf '%-8s %8s %-5s  FAILED\n' "$1" "$2" "$3" | tee -a "$out"
    return
  fi
  local wall cpu rss
  read -r wall cpu rss <<< "$4"
  printf '%-8s %8s %-5s %9.0f %9.0f %8s %14.4f %14.4f\n' "$1" "$2" "$3" "$wall" "$cpu" "$rss" \
    "$(echo "($wall - $base_wall) / $2" | bc -l)" "$(echo "($cpu - $base_cpu) / $2" | bc -l)" | tee -a "$out"
}

site
{ front '[]'; echo Text.; } > "$work/input/briefings/large/v1.md"
base=$(measure)
if [ "$base" = failed ]; then
  echo "the one-paragraph site does not build" >&2
  exit 1
fi
read -r base_wall base_cpu base_rss <<< "$base"
printf '%-8s %8s %-5s %9.0f %9.0f %8s\n' base 1 site "$base_wall" "$base_cpu" "$base_rss" | tee -a "$out"

for mb in 1 2 4 8 16; do
  site
  # `yes` ends on SIGPIPE when head has enough, which pipefail would turn into the script's exit status.
  { front '[]'; { yes "$paragraph"$'\n' || true; } | head -c $((mb * 1000000)); } > "$work/input/briefings/large/v1.md"
  report briefing "$mb" MB "$(measure)"
done
for lines in 12500 25000 50000 100000 200000; do
  site
  { front '[]'; echo Text.; } > "$work/input/briefings/large/v1.md"
  mkdir -p "$work/input/events"
  { printf -- '---\ntitle: Long\ndate: 2025-01-15\nlocation: Baku\nactor1: AZE:GOV\nactor2: RUS:GOV\ncameo: "190"\nsources:\n  - url: https://example.org/r\n    title: R\nsummary: S\n---\n\n'
    seq "$lines" | sed 's/.*/Line & of the account./'; } > "$work/input/events/2025-01-15-long.md"
  report event "$lines" line "$(measure)"
done
for tags in 1250 2500 5000 10000 20000; do
  site
  { front "[$(seq -s ', ' "$tags" | sed 's/\([0-9]\+\)/topic \1/g')]"; echo Text.; } > "$work/input/briefings/large/v1.md"
  report tags "$tags" tag "$(measure)"
done
printf '# load average at end %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
echo "written to $out"
