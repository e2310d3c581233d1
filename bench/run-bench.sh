#!/usr/bin/env bash
# Benchmarks the core against a bare flexmark parse on generated corpora, in one JMH run.
#
# Usage: bench/run-bench.sh [1000|10000 ...]     (default: 1000 10000)
# Environment: WARMUP (2), MEASURE (5), FORKS (1), THREADS (0 = all cores),
#              JVM_ARGS ("-Xmx1g", for the forked benchmark JVM), SHARED_DIR (the folder with
#              corpus/gen_corpus.py; default: the first ../shared found walking up from the repo).
# Writes only under bench-work/ (ignored by git): corpora, JMH JSON result.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
fi

find_shared() {
  if [ -n "${SHARED_DIR:-}" ]; then echo "$SHARED_DIR"; return; fi
  local d="$root"
  while [ "$d" != "/" ]; do
    if [ -f "$d/../shared/corpus/gen_corpus.py" ]; then (cd "$d/../shared" && pwd); return; fi
    d="$(dirname "$d")"
  done
  echo "cannot find shared/corpus/gen_corpus.py beside the repository; set SHARED_DIR" >&2
  exit 1
}
shared="$(find_shared)"
work="$root/bench-work"
mkdir -p "$work"

corpora=()
for n in "${sizes[@]}"; do
  case "$n" in ''|*[!0-9]*) echo "not a corpus size: $n" >&2; exit 2 ;; esac
  dir="$work/corpus-$n"
  if [ ! -f "$dir/README.md" ]; then
    echo ">> generating $n procedures into $dir"
    python3 "$shared/corpus/gen_corpus.py" --count "$n" --out "$dir" --seed 42 --force >/dev/null
  fi
  corpora+=("$dir")
done

echo ">> building procedures-benchmarks (and the core)"
./mvnw -B -q -pl procedures-benchmarks -am package -Dmaven.test.skip=true
cp="$root/procedures-benchmarks/target/classes:$(cat "$root/procedures-benchmarks/target/benchmark.classpath")"

echo ">> JMH: fork ${FORKS:-1}, warm-up ${WARMUP:-2}, measured ${MEASURE:-5} single-shot passes per benchmark"
java -cp "$cp" dev.procedures.benchmarks.RunBenchmarks \
  --warmup "${WARMUP:-2}" --measure "${MEASURE:-5}" --forks "${FORKS:-1}" --threads "${THREADS:-0}" \
  --jvm-args "${JVM_ARGS:--Xmx1g}" --json "$work/jmh-result.json" "${corpora[@]}"
