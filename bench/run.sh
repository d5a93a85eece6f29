#!/usr/bin/env bash
# The ClusterAtlas benchmark in one command:
#
#   bench/run.sh quick|10k|100k|1m|N
#
# Builds the application jar (skipped when ATLAS_JAR names one) and the benchmark project, then runs
# org.clusteratlas.bench.Bench: generate N organizations, import them into a freshly started application and drive its
# API and search page with wrk at 1, 4 and 16 clients; run the in-process Lucene floor (JMH); then PostgreSQL ILIKE,
# PostgreSQL full-text search and OpenSearch over the same data. quick = 10,000 organizations with short runs (about
# ten minutes). Results in bench/target/results-<scale>/: report.md, results.jsonl, summary.json, jfr/, logs/.
#
# Needs: wrk and pgbench on the PATH, PostgreSQL reachable with trust authentication (PGHOST/PGPORT/PGUSER/PGDATABASE,
# default 127.0.0.1:5432, postgres, test; the schema "bench" is dropped and recreated), free ports 18080 and 19200.
# Further settings by environment (durations, phases, JVM options): see bench/README.md.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SCALE="${1:-}"
if [[ -z "$SCALE" || $# -gt 1 ]]; then
  echo "usage: bench/run.sh quick|10k|100k|1m|N" >&2
  exit 2
fi
OUT="$HERE/target/results-$SCALE"

# shellcheck source=../.mvn/select-jdk.sh
. "$ROOT/.mvn/select-jdk.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
JAVA="${JAVA:-java}"
for tool in wrk pgbench; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool on the PATH" >&2; exit 2; }
done

cd "$ROOT"
if [[ -n "${ATLAS_JAR:-}" ]]; then
  JAR="$ATLAS_JAR"
  [[ -f "$JAR" ]] || { echo "ATLAS_JAR=$JAR does not exist" >&2; exit 2; }
else
  echo "Building the application ..."
  ./mvnw -q -B -DskipTests package
  JAR="$(find target -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar' -print -quit)"
  [[ -n "$JAR" ]] || { echo "no application jar in target/" >&2; exit 1; }
fi
echo "Building the benchmark ..."
./mvnw -q -B -f bench/pom.xml package -DskipTests

mkdir -p "$OUT/work"
BENCH_PID=""
cleanup() {
  # The benchmark JVM stops everything it started; this is for when it could not (killed, or interrupted early).
  if [[ -n "$BENCH_PID" ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
    kill -TERM "$BENCH_PID" 2>/dev/null || true
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  # Only what the benchmark still lists as running (it removes every process it has stopped).
  if [[ -s "$OUT/work/pids" ]]; then
    while read -r pid name; do
      if kill -0 "$pid" 2>/dev/null; then
        echo "stopping leftover $name (pid $pid)" >&2
        kill -TERM "$pid" 2>/dev/null || true
      fi
    done <"$OUT/work/pids"
  fi
  "$ROOT/scripts/opensearch/node.sh" stop "${ATLAS_BENCH_OPENSEARCH_PORT:-19200}" "$OUT/work/opensearch-node" \
    >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$JAVA" -cp "$HERE/target/classes:$HERE/target/lib/*" org.clusteratlas.bench.Bench \
  --scale "$SCALE" --repo "$ROOT" --jar "$JAR" --out "$OUT" &
BENCH_PID=$!
wait "$BENCH_PID"
