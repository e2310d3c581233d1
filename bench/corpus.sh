# Sourced by the bench scripts (needs $root, the repository): generated corpora under bench-work/.

# Prints the folder with corpus/gen_corpus.py: SHARED_DIR, else the first ../shared found walking up.
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

# ensure_corpus N: generates bench-work/corpus-N (seed 42) unless it exists; prints its folder.
ensure_corpus() {
  case "$1" in ''|*[!0-9]*) echo "not a corpus size: $1" >&2; exit 2 ;; esac
  local dir="$root/bench-work/corpus-$1"
  if [ ! -f "$dir/README.md" ]; then
    mkdir -p "$root/bench-work"
    echo ">> generating $1 procedures into $dir" >&2
    python3 "$(find_shared)/corpus/gen_corpus.py" --count "$1" --out "$dir" --seed 42 --force >/dev/null
  fi
  echo "$dir"
}
