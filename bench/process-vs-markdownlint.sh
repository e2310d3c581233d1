#!/usr/bin/env bash
# Times the whole `check` process on the 1,000-procedure corpus beside markdownlint-cli2 with its
# default rules, both as fresh processes, and prints markdownlint / procedures.
#
# Usage: bench/process-vs-markdownlint.sh [COUNT]        (default 1000 procedures)
# Environment: RUNS (3; the median is reported), SHARED_DIR (folder with corpus/gen_corpus.py),
#              MARKDOWNLINT_VERSION (0.22.1: the last release that runs on Node 20).
#
# The procedures side is the Maven goal, called fully qualified without a project pom (it checks in
# a forked JVM by default; the script also times it inside Maven's JVM with -Dprocedures.fork=false):
#   mvn -B -q -o dev.procedures:procedures-maven-plugin:0.1.0-SNAPSHOT:check -Dprocedures.directory=DIR
# markdownlint-cli2 is installed with npm under bench-work/ (ignored by git); without npm that side
# is skipped. Exit codes of both tools are ignored: findings are expected.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
count="${1:-1000}"
runs="${RUNS:-3}"
mdl_version="${MARKDOWNLINT_VERSION:-0.22.1}"
work="$root/bench-work"
mkdir -p "$work"

. "$root/bench/corpus.sh"
corpus="$(ensure_corpus "$count")"

# Median wall seconds of RUNS runs of a command (output discarded).
time_median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

echo ">> installing the plugin and the core (./mvnw -q install -DskipTests -Dinvoker.skip=true)"
./mvnw -B -q install -DskipTests -Dinvoker.skip=true

# Without a project pom, from the corpus folder; the result cache off, so every run does the full work.
label="mvn ... procedures:check (whole Maven process, no cache)"
procedures_cmd=(bash -c 'cd "$0" && "$@"' "$corpus" "$root/mvnw" -B -q -o
    dev.procedures:procedures-maven-plugin:0.1.0-SNAPSHOT:check "-Dprocedures.directory=$corpus"
    -Dprocedures.failOnViolation=false -Dprocedures.today=2026-01-15 -Dprocedures.cache=false
    -Dprocedures.outputFormat=)
echo ">> procedures: $label"
proc_s=$(time_median "${procedures_cmd[@]}")
echo "   median of $runs: ${proc_s} s"
# The same goal inside Maven's JVM (no fork), and that again with the client compiler for Maven's JVM:
echo ">> procedures again with -Dprocedures.fork=false (inside Maven's JVM)"
inproc_s=$(time_median "${procedures_cmd[@]}" -Dprocedures.fork=false)
echo "   median of $runs: ${inproc_s} s"
echo ">> procedures again with -Dprocedures.fork=false and MAVEN_OPTS=-XX:TieredStopAtLevel=1"
c1_s=$(MAVEN_OPTS="-XX:TieredStopAtLevel=1 ${MAVEN_OPTS:-}" time_median "${procedures_cmd[@]}" -Dprocedures.fork=false)
echo "   median of $runs: ${c1_s} s"

if command -v npm >/dev/null 2>&1; then
  mdl_dir="$work/markdownlint-$mdl_version"
  if [ ! -x "$mdl_dir/node_modules/.bin/markdownlint-cli2" ]; then
    echo ">> npm install markdownlint-cli2@$mdl_version into $mdl_dir"
    mkdir -p "$mdl_dir"
    (cd "$mdl_dir" && npm install --no-audit --no-fund --silent "markdownlint-cli2@$mdl_version" >/dev/null)
  fi
  echo ">> markdownlint-cli2 $mdl_version, default rules, same files"
  mdl_s=$(time_median bash -c 'cd "$0" && "$1" "*.md"' "$corpus" "$mdl_dir/node_modules/.bin/markdownlint-cli2")
  echo "   median of $runs: ${mdl_s} s"
  echo
  awk -v p="$proc_s" -v m="$mdl_s" 'BEGIN {printf "procedures %s s, markdownlint-cli2 %s s, markdownlint / procedures = %.2f (target >= 5)\n", p, m, m / p}'
  awk -v p="$inproc_s" -v m="$mdl_s" 'BEGIN {printf "procedures inside Maven'"'"'s JVM %s s: markdownlint / procedures = %.2f\n", p, m / p}'
  awk -v p="$c1_s" -v m="$mdl_s" 'BEGIN {printf "procedures inside Maven'"'"'s JVM with -XX:TieredStopAtLevel=1 %s s: markdownlint / procedures = %.2f\n", p, m / p}'
else
  echo "npm not found: markdownlint-cli2 side skipped"
fi
