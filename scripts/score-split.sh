#!/usr/bin/env bash
# The team's scoring by split (needs ../shared; nothing a user runs depends on it).
#   scripts/score-split.sh [train|val|all] [--verbose]
# val is the held-out validation split of the dev corpus: every third new article, 101, 104, …, 128. Rules are
# written from train only; val is scored and reported apart, never read (--verbose is refused for it).
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-all}
verbose=${2:-}
dev=../shared/corpus/dev
[ -d "$dev" ] || { echo "score-split: $dev is not here (the dev corpus sits beside the repository)" >&2; exit 1; }
case $split in train|val|all) ;; *) echo "score-split: split must be train, val or all" >&2; exit 2;; esac
if [ "$split" = val ] && [ -n "$verbose" ]; then
  echo "score-split: the validation split is held out: its misses are not shown" >&2
  exit 2
fi
VAL=" 101 104 107 110 113 116 119 122 125 128 "
[ -f dist/dataset.json ] || node bin/cz.js build >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/gold"
for f in "$dev"/gold/*.json; do
  n=$(basename "$f" .json)
  case "$VAL" in *" $n "*) held=1;; *) held=0;; esac
  { [ "$split" = train ] && [ $held = 1 ]; } && continue
  { [ "$split" = val ] && [ $held = 0 ]; } && continue
  for ext in txt json; do ln -s "$(cd "$dev" && pwd)/$n.$ext" "$tmp/$n.$ext"; done
  ln -s "$(cd "$dev/gold" && pwd)/$n.json" "$tmp/gold/$n.json"
done
python3 ../shared/tools/score-projects.py --articles "$tmp" --gold "$tmp/gold" \
  --cmd "node bin/cz.js extract" --formula-cmd "node bin/cz.js formula" $verbose
python3 ../shared/tools/score-extract.py --articles "$tmp" --gold "$tmp/gold" --cmd "node bin/cz.js extract" $verbose
