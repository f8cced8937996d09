#!/usr/bin/env bash
# Briefing's native binary against Hugo, Eleventy and Jekyll on one corpus, plus the product-shaped corpus and
# the real site, in one invocation so that the machine's drift touches every generator alike.
#
# usage: bench/run.sh [options] [N …]        (N = peer corpus sizes, default: 1000 10000)
#   --disk           write every output under $WORK/out on disk (default: tmpfs, /dev/shm/<WORK's name>-out)
#   --runs R         timed runs per generator and size (default 3; the median is reported)
#   --peers "LIST"   peers to run (default "hugo eleventy jekyll"; "" for Briefing only, then no ratios)
#   --product "LIST" product corpus sizes in events (default "1000 10000"; "" to skip)
#   --product-100k   also the 100,000-event product corpus (slow to generate; several minutes)
#   --no-site        skip the real site (input/ with theme/)
#   --no-rebuild     skip the *-rebuild rows (builds over the previous output)
#   --jit            also measure the ReadyToRun (JIT) build: every Briefing row again, labelled *-jit
#   --blocks         on the peer corpus, time each generator's runs one after the other (the order before
#                    2026-12-02) instead of in rounds; see "Rounds" below
# env: WORK (scratch, default /tmp/ssgbench, shared with run-peers.sh), WARMUP (default 1),
#      JEKYLL_MAX, ELEVENTY_MAX (largest N each runs at, default 100000; Jekyll takes ~2 min a run
#      at 10,000 pages on an idle 2-core machine, Eleventy ~25 s), KEEP_OUT=1 keeps the outputs
#
# Needs ../shared/bench (make-corpus.py, run-peers.sh) beside the repository. Publishes the Native AOT
# binary once per run (.ci/publish-binary.sh, the README's command) and measures it, and bench/markdown-floor
# the same way, for the floor-* rows: Markdown alone on the peer corpus, the least any build of it can take.
# Prints one table (bench/table.py): medians of wall time and peak RSS, each row's ratio to Hugo's on the
# same corpus in this run, and the targets of issue 13 next to them. Raw runs go to $WORK/results-<time>.csv.
#
# Rounds: on the peer corpus each timed run is one round of every generator in turn (briefing, briefing-real, the
# two floors, then each peer through run-peers.sh), so that a ratio compares runs made minutes apart at most. Timed
# in blocks (all of Briefing's runs, then all of Hugo's), a ratio also measured how the host drifted between the
# blocks: on 2026-12-02 the same Briefing binary took 0.28 to 0.42 s at 1,000 pages within one block, and Hugo 0.72
# to 0.93 s in the next (bench/README.md, sixteenth session).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=$(cd "$ROOT/.." && pwd)/shared/bench
if [ ! -f "$SHARED/make-corpus.py" ] || [ ! -x "$SHARED/run-peers.sh" ]; then
  echo "bench/run.sh needs the shared peer benchmark at $SHARED (make-corpus.py, run-peers.sh):" >&2
  echo "the folder ../shared/bench beside the repository ($ROOT). Check it out there and run again." >&2
  exit 2
fi
WORK=${WORK:-/tmp/ssgbench}
RUNS=3
PEERS="hugo eleventy jekyll"
PRODUCT="1000 10000"
OUTBASE=/dev/shm/$(basename "$WORK")-out
SITE=1
REBUILD=1
JIT=0
ROUNDS=1
SIZES=()
while (($#)); do
  case $1 in
    --disk) OUTBASE=$WORK/out ;;
    --runs) RUNS=$2; shift ;;
    --peers) PEERS=$2; shift ;;
    --product) PRODUCT=$2; shift ;;
    --product-100k) PRODUCT="$PRODUCT 100000" ;;
    --no-site) SITE=0 ;;
    --no-rebuild) REBUILD=0 ;;
    --jit) JIT=1 ;;
    --blocks) ROUNDS=0 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) SIZES+=("$1") ;;
  esac
  shift
done
((${#SIZES[@]})) || SIZES=(1000 10000)
WARMUP=${WARMUP:-1}
export TZ=UTC LC_ALL=C.UTF-8 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RESULTS=$WORK/results-$(date -u +%Y%m%dT%H%M%S).csv
AOT=$WORK/briefing-aot
R2R=$WORK/briefing-r2r
FLOOR=$WORK/markdown-floor-aot
mkdir -p "$WORK/sites" "$WORK/logs" "$OUTBASE"
[ "${KEEP_OUT:-0}" = 1 ] || trap 'rm -rf "$OUTBASE"' EXIT
echo "peer,N,run,wall_s,time_elapsed_s,user_s,sys_s,maxrss_kb,html_files" > "$RESULTS"

# ------------------------------------------------------------------ installs and publishing
if [ ! -x /usr/bin/time ] || ! command -v python3 >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time python3 >/dev/null
fi
echo "# publishing briefing (Release, Native AOT) to $AOT" >&2
bash "$ROOT/.ci/publish-binary.sh" "$AOT" >"$WORK/logs/publish-aot.log" 2>&1 ||
  { tail -30 "$WORK/logs/publish-aot.log" >&2; exit 1; }
echo "# publishing bench/markdown-floor (Release, Native AOT) to $FLOOR" >&2
dotnet publish "$HERE/markdown-floor" -c Release -r linux-x64 -p:PublishAot=true -o "$FLOOR" --nologo \
  >"$WORK/logs/publish-floor.log" 2>&1 || { tail -30 "$WORK/logs/publish-floor.log" >&2; exit 1; }
if [ "$JIT" = 1 ]; then
  echo "# publishing briefing (Release, ReadyToRun) to $R2R" >&2
  dotnet publish "$ROOT/src/Briefing.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$R2R" --nologo -v quiet >"$WORK/logs/publish-r2r.log" 2>&1 ||
    { tail -30 "$WORK/logs/publish-r2r.log" >&2; exit 1; }
fi

# ------------------------------------------------------------------ briefing runs
# $1 label for the table, $2 N, $3 input dir, $4 theme dir; output wiped before each run (as run-peers.sh
# does); then, unless --no-rebuild, a "-rebuild" row builds again over the previous output. With --jit,
# the same again with the ReadyToRun binary as "<label>-jit" (no rebuild rows, no profile).
time_briefing() {
  time_binary "$AOT/briefing" "$1" "$2" "$3" "$4" "$REBUILD"
  "$AOT/briefing" build --input "$3" --theme "$4" --output "$OUTBASE/$1-$2" --timings 2>&1 >/dev/null |
    sed "s/^/#   $1 $2: /" >&2
  if [ "$JIT" = 1 ]; then time_binary "$R2R/briefing" "$1-jit" "$2" "$3" "$4" 0; fi
}

time_binary() { # binary label n input theme rebuild
  local bin=$1 label=$2 n=$3 input=$4 theme=$5 rebuild=$6 out="$OUTBASE/$2-$3" r
  for ((r = 1 - WARMUP; r <= RUNS; r++)); do
    rm -rf "$out"; sync
    measure "$label" "$n" "$([ $r -lt 1 ] && echo warmup || echo $r)" "$out" \
      "$bin" build --input "$input" --theme "$theme" --output "$out"
  done
  if [ "$rebuild" = 1 ]; then
    for ((r = 1; r <= RUNS; r++)); do
      measure "$label-rebuild" "$n" "$r" "$out" "$bin" build --input "$input" --theme "$theme" --output "$out"
    done
  fi
}

measure() { # label n run out cmd… -> one CSV row (warm-up rows are not written)
  local label=$1 n=$2 run=$3 out=$4; shift 4
  local tf="$WORK/logs/$label-$n-$run.time" log="$WORK/logs/$label-$n-$run.log" t0 t1
  t0=$(date +%s%N)
  if ! /usr/bin/time -v -o "$tf" "$@" >"$log" 2>&1; then
    echo "BUILD FAILED: $label N=$n (see $log)" >&2; tail -20 "$log" >&2; exit 1
  fi
  t1=$(date +%s%N)
  [ "$run" = warmup ] && return 0
  awk -v a="$t0" -v b="$t1" -v l="$label" -v n="$n" -v r="$run" -v html="$(find "$out" -name '*.html' | wc -l)" -F': ' '
    /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
    /Elapsed \(wall clock\)/ {k=split($2,p,":"); e=0; for(i=1;i<=k;i++) e=e*60+p[i]}
    END {printf "%s,%s,%s,%.3f,%.2f,%s,%s,%s,%s\n", l, n, r, (b-a)/1e9, e, u, s, m, html}' "$tf" >> "$RESULTS"
}

# $1 N, $2 input dir: the Markdown floor on the peer corpus, timed as a process like the builds. "floor-markdig":
# every file read and its body rendered by Markdig's default pipeline on every core, nothing written; "floor-site":
# the same with the site's Markdown pipeline. No build that renders the corpus with Markdig can take less than the
# first; table.py sets it against issue 13's share of Hugo's time.
time_floor() {
  local kind r out="$OUTBASE/floor-$1"
  for kind in markdig site; do
    for ((r = 1 - WARMUP; r <= RUNS; r++)); do
      rm -rf "$out"; mkdir -p "$out"
      measure "floor-$kind" "$1" "$([ $r -lt 1 ] && echo warmup || echo $r)" "$out" "$FLOOR/MarkdownFloor" "$2" --once "$kind"
    done
  done
}

# $1 N, $2 site, $3 run label: one round on the peer corpus (see "Rounds" above): each Briefing row and floor once,
# then each peer once through run-peers.sh, its row relabelled with the round (run-peers.sh numbers its own runs).
one_round() {
  local n=$1 site=$2 run=$3 kind peers_csv="$WORK/logs/peers-round.csv"
  rm -rf "$OUTBASE/briefing-$n"; sync
  measure briefing "$n" "$run" "$OUTBASE/briefing-$n" "$AOT/briefing" build --input "$site" --theme "$PEER_THEME" --output "$OUTBASE/briefing-$n"
  rm -rf "$OUTBASE/briefing-real-$n"; sync
  measure briefing-real "$n" "$run" "$OUTBASE/briefing-real-$n" "$AOT/briefing" build --input "$site" --theme "$ROOT/theme" --output "$OUTBASE/briefing-real-$n"
  for kind in markdig site; do
    rm -rf "$OUTBASE/floor-$n"; mkdir -p "$OUTBASE/floor-$n"
    measure "floor-$kind" "$n" "$run" "$OUTBASE/floor-$n" "$FLOOR/MarkdownFloor" "$site" --once "$kind"
  done
  if [ -n "${peers// /}" ]; then
    rm -f "$peers_csv"
    PEERS="$peers" WORK="$WORK" OUTROOT="$OUTBASE" RESULTS="$peers_csv" WARMUP="$([ "$run" = warmup ] && echo 1 || echo 0)" \
      "$SHARED/run-peers.sh" "$WORK/corpus-$n" "$([ "$run" = warmup ] && echo 0 || echo 1)" >/dev/null
    [ "$run" = warmup ] || tail -n +2 "$peers_csv" | awk -F, -v r="$run" 'BEGIN { OFS = "," } { $3 = r; print }' >> "$RESULTS"
  fi
}

peer_site() { # $1 N -> input folder of plain pages, the corpus files copied unchanged
  local s="$WORK/sites/briefing-$1"
  rm -rf "$s"; mkdir -p "$s/pages"
  cat > "$s/site.yml" <<'YML'
title: bench
description: The peer benchmark corpus as plain pages.
base_url: http://example.org/
language: en
author: bench
YML
  if [ "$1" -gt 0 ]; then cp -r "$WORK/corpus-$1/." "$s/pages/"; fi
  echo "$s"
}

peer_theme() { # -> a theme: bench/peer-theme's page.sbn, a static stub for every other template name
  local t="$WORK/peer-theme" f
  rm -rf "$t"; mkdir -p "$t/templates"
  for f in "$ROOT"/theme/templates/*.sbn; do
    printf '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>\n' > "$t/templates/$(basename "$f")"
  done
  cp "$HERE"/peer-theme/templates/*.sbn "$t/templates/"
  echo "$t"
}

corpus() { # $1 N: the shared deterministic corpus, generated once per size
  local c="$WORK/corpus-$1"
  if [ "$(find "$c" -maxdepth 1 -name '*.md' 2>/dev/null | wc -l)" != "$1" ]; then
    rm -rf "$c"; python3 "$SHARED/make-corpus.py" "$c" "$1"
  fi
}

# What else the machine holds that a build's file system calls pay for: every cached dentry shares one hash table
# (131,072 chains on this machine's kernel), so a name lookup or a new file costs more with millions of them, and
# tmpfs files left by other work take memory. On 2026-12-02, with 8 GB of stale outputs in /dev/shm and 2.5 million
# dentries, the 100,000-event build spent 9.9 to 12.9 s in the kernel (7 runs, median wall 36.7 s); with them deleted,
# 5.4 to 5.7 s (4 runs, median wall 28.8 s). bench/README.md has the runs.
shm_used=$(df -k --output=used /dev/shm 2>/dev/null | tail -1 | tr -d ' ')
echo "# machine: dentries $(cut -f1 /proc/sys/fs/dentry-state 2>/dev/null || echo '?')," \
  "/dev/shm in use $(( ${shm_used:-0} / 1024 )) MiB before this run" >&2
if [ "${shm_used:-0}" -gt $((1024 * 1024)) ]; then
  echo "# warning: /dev/shm already holds more than 1 GiB: timings here will be slower and noisier than on a clean machine" >&2
fi
echo "# $(date -u +%FT%TZ) commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') binary $(du -k "$AOT/briefing" | cut -f1) KiB" \
  "out=$OUTBASE runs=$RUNS warmup=$WARMUP cpus=$(nproc) load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
PEER_THEME=$(peer_theme)
for n in "${SIZES[@]}"; do
  corpus "$n"
  site=$(peer_site "$n")
  peers=$PEERS
  [ "$n" -le "${JEKYLL_MAX:-100000}" ] || peers=$(echo "$peers" | sed 's/\bjekyll\b//')
  [ "$n" -le "${ELEVENTY_MAX:-100000}" ] || peers=$(echo "$peers" | sed 's/\beleventy\b//')
  if [ "$ROUNDS" = 1 ]; then
    for ((r = 1 - WARMUP; r <= RUNS; r++)); do one_round "$n" "$site" "$([ $r -lt 1 ] && echo warmup || echo $r)"; done
    # What rounds leave out of time_briefing: the rebuild rows, the --timings profile, the JIT rows.
    for label in briefing briefing-real; do
      theme=$PEER_THEME; [ "$label" = briefing ] || theme=$ROOT/theme
      if [ "$REBUILD" = 1 ]; then
        for ((r = 1; r <= RUNS; r++)); do
          measure "$label-rebuild" "$n" "$r" "$OUTBASE/$label-$n" "$AOT/briefing" build --input "$site" --theme "$theme" --output "$OUTBASE/$label-$n"
        done
      fi
      "$AOT/briefing" build --input "$site" --theme "$theme" --output "$OUTBASE/$label-$n" --timings 2>&1 >/dev/null |
        sed "s/^/#   $label $n: /" >&2
      if [ "$JIT" = 1 ]; then time_binary "$R2R/briefing" "$label-jit" "$n" "$site" "$theme" 0; fi
    done
    continue
  fi
  time_briefing briefing "$n" "$site" "$PEER_THEME"
  time_briefing briefing-real "$n" "$site" "$ROOT/theme"
  time_floor "$n" "$site"
  if [ -n "${peers// /}" ]; then
    PEERS="$peers" WORK="$WORK" OUTROOT="$OUTBASE" RESULTS="$RESULTS" WARMUP="$WARMUP" \
      "$SHARED/run-peers.sh" "$WORK/corpus-$n" "$RUNS" >/dev/null
  fi
done
for n in $PRODUCT; do
  p="$WORK/product-$n"
  [ -f "$p/.complete" ] || { rm -rf "$p"; python3 "$HERE/make-product-corpus.py" "$p" "$n" && touch "$p/.complete"; }
  time_briefing product "$n" "$p" "$ROOT/theme"
done
if [ "$SITE" = 1 ]; then
  time_briefing site 0 "$ROOT/input" "$ROOT/theme"
fi
echo "# done $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg); raw runs: $RESULTS" >&2

python3 "$HERE/table.py" "$RESULTS"
