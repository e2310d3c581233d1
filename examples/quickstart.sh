#!/usr/bin/env bash
# Builds the plugin, then runs `check`, `index` and `check` again on a copy of the example
# procedures folder (examples/procedures is never modified). The clock is fixed with
# -Dprocedures.today so the output is the same on every machine.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
plugin="dev.procedures:procedures-maven-plugin:0.1.0-SNAPSHOT"
today="2026-11-29"

echo "==> Building and installing the plugin into the local Maven repository"
"$root/mvnw" -B -q -f "$root/pom.xml" install -DskipTests -Dinvoker.skip=true

work="$(mktemp -d "${TMPDIR:-/tmp}/procedures-quickstart.XXXXXX")"
cp -R "$root/examples/procedures/." "$work/"
cd "$work"

echo
echo "==> procedures:check in $work (this folder has findings on purpose, so the check fails)"
if "$root/mvnw" -B "$plugin:check" -Dprocedures.today="$today"; then
  echo "unexpected: check passed" >&2
  exit 1
fi

echo
echo "==> procedures:index regenerates the README index"
"$root/mvnw" -B "$plugin:index" -Dprocedures.today="$today"

echo
echo "==> What index changed in README.md"
diff -u "$root/examples/procedures/README.md" README.md || true

echo
echo "==> procedures:check again: the index finding is gone, the real problems remain"
"$root/mvnw" -B "$plugin:check" -Dprocedures.today="$today" || true

echo
echo "Quick start done. The copy is in $work"
