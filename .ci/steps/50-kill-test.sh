#!/usr/bin/env bash
# Interrupted builds. Builds two different sites (A: the repository's input; B: the same with another
# site description, so every page differs) to learn their tree hashes, then alternates between them,
# killing `briefing build` with SIGKILL at seeded random moments. After every kill, output/ must hash
# exactly like the previous complete site or the new complete site, and the next build, run with no
# cleanup, must succeed, produce the new site and leave no staging folder behind.
#
#   KILLS=50 SEED=20251122 bash .ci/steps/50-kill-test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
kills_wanted=${KILLS:-50}
RANDOM=${SEED:-20251122}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Briefing.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
briefing() { "$work/bin/briefing" "$@"; }

cp -r input "$work/input-a"
cp -r input "$work/input-b"
sed -i 's/^description: .*/description: The same site with another description, so that every page differs./' "$work/input-b/site.yml"
cp -r theme "$work/theme"
cd "$work"

tree_hash() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16; }

for site in a b; do
  briefing build --input "input-$site" --theme theme --output "clean-$site" >/dev/null
done
hash_a=$(tree_hash clean-a)
hash_b=$(tree_hash clean-b)
[ "$hash_a" != "$hash_b" ] || { echo "sites A and B are identical; the test could not tell them apart" >&2; exit 1; }
briefing build --input input-a --theme theme --output clean-a2 >/dev/null
[ "$(tree_hash clean-a2)" = "$hash_a" ] || { echo "two builds of the same input differ: output is not deterministic" >&2; exit 1; }

# How long one build takes here, so that kills land across its whole run, writing included.
start=$(date +%s%N)
briefing build --input input-b --theme theme --output timing >/dev/null
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))

cp -r clean-a output
current=a
kills=0 attempts=0 failures=0 finished_first=0
while [ "$kills" -lt "$kills_wanted" ] && [ "$attempts" -lt $((kills_wanted * 4)) ]; do
  attempts=$((attempts + 1))
  target=$([ "$current" = a ] && echo b || echo a)
  delay_ms=$(( duration_ms * (5 + RANDOM % 100) / 100 ))
  set +e
  timeout --signal=KILL "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))" \
    "$work/bin/briefing" build --input "input-$target" --theme theme --output output >/dev/null 2>&1
  status=$?
  set -e
  now=$( [ -d output ] && tree_hash output || echo missing )
  if [ "$status" -ne 137 ]; then
    finished_first=$((finished_first + 1))
    [ "$now" = "$(eval echo "\$hash_$target")" ] || { echo "build that finished left output $now, not site $target" >&2; failures=$((failures + 1)); }
    current=$target
    continue
  fi
  kills=$((kills + 1))
  survived=1
  if [ "$now" = "$hash_a" ] || [ "$now" = "$hash_b" ]; then :; else
    echo "kill $kills after ${delay_ms} ms: output/ is neither site A nor site B (hash $now)" >&2
    survived=0
  fi
  if ! briefing build --input "input-$target" --theme theme --output output >/dev/null 2>"$work/err"; then
    echo "kill $kills: the next build failed without cleanup: $(head -c 300 "$work/err")" >&2
    survived=0
  elif [ "$(tree_hash output)" != "$(eval echo "\$hash_$target")" ]; then
    echo "kill $kills: the next build did not produce site $target" >&2
    survived=0
  fi
  if ls -a | grep -qE '^\.output\.(staging|previous)$'; then
    echo "kill $kills: a staging or previous folder was left behind after a successful build" >&2
    survived=0
  fi
  [ "$survived" -eq 1 ] || failures=$((failures + 1))
  current=$target
done

echo "kill test: $((kills - failures)) of $kills kills survived ($finished_first builds finished before their kill; one build takes ${duration_ms} ms here; $failures failures)"
[ "$kills" -ge "$kills_wanted" ] || { echo "only $kills kills landed in $attempts attempts" >&2; exit 1; }
[ "$failures" -eq 0 ]
