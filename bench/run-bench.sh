#!/usr/bin/env bash
# Benchmarks the core against a bare flexmark parse on generated corpora, in one JMH run.
#
# Usage: bench/run-bench.sh [1000|10000 ...]     (default: 1000 10000)
# Environment: WARMUP (5), MEASURE (5), FORKS (1), THREADS (0 = all cores),
#              JVM_ARGS ("-Xmx1g", for the forked benchmark JVM), SHARED_DIR (the folder with
#              corpus/gen_corpus.py; default: the first ../shared found walking up from the repo).
# Writes only under bench-work/ (ignored by git): corpora, JMH JSON results (jmh-result.json and,
# for the cached check, jmh-result-cached.json).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
fi

. "$root/bench/corpus.sh"
work="$root/bench-work"
mkdir -p "$work"

corpora=()
for n in "${sizes[@]}"; do
  corpora+=("$(ensure_corpus "$n")")
done

echo ">> building procedures-benchmarks (and the core)"
./mvnw -B -q -pl procedures-benchmarks -am package -Dmaven.test.skip=true
cp="$root/procedures-benchmarks/target/classes:$(cat "$root/procedures-benchmarks/target/benchmark.classpath")"

echo ">> JMH: fork ${FORKS:-1}, warm-up ${WARMUP:-5}, measured ${MEASURE:-5} single-shot passes per benchmark"
java -cp "$cp" dev.procedures.benchmarks.RunBenchmarks \
  --warmup "${WARMUP:-5}" --measure "${MEASURE:-5}" --forks "${FORKS:-1}" --threads "${THREADS:-0}" \
  --jvm-args "${JVM_ARGS:--Xmx1g}" --json "$work/jmh-result.json" "${corpora[@]}"
