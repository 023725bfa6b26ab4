#!/usr/bin/env bash
# Runs the extraction bench of this tree beside another tree's (e.g. main checked out in a separate worktree),
# size by size, alternating, so both see the same machine load. The other tree gets this bench's source.
#   bench/PlanGraph.Bench.Extraction/compare.sh /work/wt/pipeline-base [1 10 100]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="$1"; shift
sizes=("${@:-1 10 100}")
cp "$here/bench/PlanGraph.Bench.Extraction/Program.cs" "$base/bench/PlanGraph.Bench.Extraction/Program.cs"
for tree in "$base" "$here"; do
  dotnet build "$tree/bench/PlanGraph.Bench.Extraction" -c Release -o "$tree/.cache/bench-extraction" -nologo -v q | grep -E " error " && exit 1 || true
done
for size in ${sizes[*]}; do
  for tree in "$base" "$here"; do
    printf '%-28s ' "$(basename "$tree")@$(git -C "$tree" rev-parse --short HEAD)$(git -C "$tree" diff --quiet HEAD -- src || echo +)"
    dotnet "$tree/.cache/bench-extraction/PlanGraph.Bench.Extraction.dll" --one "$size"
  done
done
