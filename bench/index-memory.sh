#!/usr/bin/env bash
# Peak memory (RSS) of `hotline index` on the bundled + Milestones corpus and on a 50 MB corpus
# generated here (Markdown files, then one JSON Lines file); see docs/benchmarks.md.
# Usage: bench/index-memory.sh [MEGABYTES]   (GNU time must be at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-50}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

./hotline --version >/dev/null          # builds the jar if it is stale
# The generator lives with the benchmarks; Maven's chatter on newer JDKs is shown only on failure.
./mvnw -q -B test-compile >/dev/null 2>"$WORK/mvn.err" || { cat "$WORK/mvn.err" >&2; exit 1; }
# A JDK 21+ for the generator, as the launcher finds one: JAVA_HOME, java on PATH, /usr/lib/jvm.
java21() { "$1" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
JAVA=""
for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
  if [ -x "$candidate" ] && java21 "$candidate"; then JAVA="$candidate"; break; fi
done
[ -n "$JAVA" ] || { echo "no Java 21 or newer found" >&2; exit 1; }
CP="target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' ':')"

measure() {
  local name="$1"; shift
  /usr/bin/time -f "%M %e" -o "$WORK/time" ./hotline index "$@" --index "$WORK/index-$name" \
    > "$WORK/$name.out" 2> "$WORK/$name.err"
  read -r kb seconds < "$WORK/time"
  printf '%-22s peak RSS %5d MB, %6.1f s: %s\n' "$name" $((kb / 1024)) "$seconds" \
    "$(head -1 "$WORK/$name.out")"
}

corpus=(--corpus index-data)
[ -d ../shared/corpora/milestones/chapters ] && corpus+=(--corpus ../shared/corpora/milestones/chapters)
measure "bundled+milestones" "${corpus[@]}"

"$JAVA" -Dhotline.home="$PWD" -cp "$CP" dev.hotline.bench.GeneratedCorpus "$WORK/md" "$MB" md
measure "generated-md-${MB}MB" --corpus "$WORK/md"
rm -rf "$WORK/md" "$WORK/index-generated-md-${MB}MB"

"$JAVA" -Dhotline.home="$PWD" -cp "$CP" dev.hotline.bench.GeneratedCorpus "$WORK/jsonl" "$MB" jsonl
measure "generated-jsonl-${MB}MB" --corpus "$WORK/jsonl"
