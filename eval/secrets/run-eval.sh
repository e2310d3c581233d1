#!/usr/bin/env bash
# Measures the no-credentials scanner against labelled runbooks, side by side with secretlint
# (recommended preset), and prints recall and precision for both. Prints counts only: no secret
# value of the evaluation set appears in its output.
#
#   eval/secrets/run-eval.sh            # from the repository root or anywhere
#
# Sets: the synthetic corpus of gen_corpus.py (COUNT=200 runbooks by default), the hand-written
# labelled snippets (snippets/ + labels.tsv) and, when present, the real corpus
# ../shared/corpus/iact/docs (iact-labels.tsv: line numbers only).
#
# Needs: Java 17, python3, the shared data beside the repository (../shared, or SHARED=dir).
# Optional: npm/node >= 20 for secretlint (installed at pinned versions into
# eval/secrets/.secretlint, which git ignores; SECRETLINT_HOME=dir to put it elsewhere).
# Not part of the Maven build: it needs the network for npm and takes longer than a unit test.
set -euo pipefail

SECRETLINT_VERSION=11.7.1              # last line that runs on Node 20 (12.x needs Node 22)
PRESET_VERSION=11.7.1
COUNT=${COUNT:-200}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHARED:-}
if [[ -z "$shared" ]]; then
  dir=$root
  while [[ "$dir" != "/" ]]; do
    if [[ -f "$(dirname "$dir")/shared/SPEC.md" ]]; then shared="$(dirname "$dir")/shared"; break; fi
    dir=$(dirname "$dir")
  done
fi
if [[ -z "$shared" || ! -f "$shared/corpus/gen_corpus.py" ]]; then
  echo "shared data (../shared/corpus/gen_corpus.py) not found; set SHARED=dir" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/secrets-eval.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== generating the synthetic corpus ($COUNT runbooks)"
python3 "$shared/corpus/gen_corpus.py" --count "$COUNT" --out "$work/synthetic" > "$work/gen-summary.json"
python3 - "$work/gen-summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"   {s['count']} runbooks, {s['secrets']} planted secrets {s['secrets_by_kind']}, "
      f"{s['placeholders']} placeholder lines")
PY

echo "== building the scanner"
(cd "$root" && { ./mvnw -B -q -o -pl procedures-core test-compile 2>/dev/null || ./mvnw -B -q -pl procedures-core test-compile; })
(cd "$root" && ./mvnw -B -q -o -pl procedures-core dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$work/core.classpath")
cp="$root/procedures-core/target/classes:$root/procedures-core/target/test-classes:$(cat "$work/core.classpath")"

echo "== no-credentials"
java -cp "$cp" dev.procedures.core.secrets.SecretScanMain "$work/synthetic" > "$work/ours-synthetic.tsv"
java -cp "$cp" dev.procedures.core.secrets.SecretScanMain "$here/snippets" > "$work/ours-snippets.tsv"
iact="$shared/corpus/iact/docs"
iact_args=()
if [[ -d "$iact" ]]; then
  java -cp "$cp" dev.procedures.core.secrets.SecretScanMain "$iact" > "$work/ours-iact.tsv"
  iact_args=(--iact-labels "$here/iact-labels.tsv" --iact-dir "$iact" --ours-iact "$work/ours-iact.tsv")
fi

sl_args=()
sl_label="secretlint $SECRETLINT_VERSION (preset-recommend $PRESET_VERSION)"
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ! command -v npm > /dev/null 2>&1; then
  echo "== secretlint: npm not found, skipping the comparison"
elif (( node_major < 20 )); then
  echo "== secretlint: Node $node_major found, secretlint $SECRETLINT_VERSION needs Node >= 20; skipping"
else
  home=${SECRETLINT_HOME:-$here/.secretlint}
  if [[ ! -x "$home/node_modules/.bin/secretlint" ]] \
      || ! grep -q "\"version\": \"$SECRETLINT_VERSION\"" "$home/node_modules/secretlint/package.json" 2>/dev/null; then
    echo "== installing secretlint@$SECRETLINT_VERSION and the recommended preset into $home"
    mkdir -p "$home"
    npm install --prefix "$home" --no-audit --no-fund --silent \
      "secretlint@$SECRETLINT_VERSION" "@secretlint/secretlint-rule-preset-recommend@$PRESET_VERSION" > "$work/npm.log" 2>&1 \
      || { echo "   npm install failed (offline?); skipping secretlint"; home=""; }
  fi
  if [[ -n "$home" ]]; then
    echo "== secretlint"
    echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > "$work/secretlintrc.json"
    sets="synthetic snippets"; [[ ${#iact_args[@]} -gt 0 ]] && sets="$sets iact"
    for set in $sets; do
      dir="$work/synthetic"; [[ $set == snippets ]] && dir="$here/snippets"; [[ $set == iact ]] && dir="$iact"
      # JSON output (it embeds the file text: kept in the temp dir, never printed); exit 1 = findings
      (cd "$dir" && "$home/node_modules/.bin/secretlint" --format json --maskSecrets \
          --secretlintrc "$work/secretlintrc.json" "**/*.md" > "$work/secretlint-$set.json" 2> "$work/secretlint-$set.err") \
        || [[ $? -eq 1 ]] || { echo "   secretlint failed on $set (see its error log); skipping"; sl_args=(); break; }
      sl_args+=("--secretlint-$set" "$work/secretlint-$set.json")
    done
  fi
fi

echo
python3 "$here/score.py" --count "$COUNT" --manifest "$work/synthetic.manifest.json" --synthetic-dir "$work/synthetic" \
  --labels "$here/labels.tsv" --snippets-dir "$here/snippets" \
  --ours-synthetic "$work/ours-synthetic.tsv" --ours-snippets "$work/ours-snippets.tsv" \
  --secretlint-label "$sl_label" ${sl_args[@]+"${sl_args[@]}"} ${iact_args[@]+"${iact_args[@]}"}
