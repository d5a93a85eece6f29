# Sourced by ./mvnw: ClusterAtlas needs a JDK 21 or newer. When JAVA_HOME (or the java on the PATH) is older, the
# newest JDK >= 21 installed under /usr/lib/jvm is chosen, so that the README's commands work on machines whose
# default java is 17 with a newer JDK installed beside it.
atlas_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//; s/\..*//'
}
atlas_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$atlas_current_java" ] || atlas_current_java="$(command -v java 2>/dev/null || true)"
atlas_current_major=0
[ -n "$atlas_current_java" ] && [ -x "$atlas_current_java" ] && atlas_current_major="$(atlas_java_major "$atlas_current_java")"
if [ "${atlas_current_major:-0}" -lt 21 ] 2>/dev/null; then
  atlas_best="" atlas_best_major=0
  for atlas_jdk in /usr/lib/jvm/*; do
    [ -x "$atlas_jdk/bin/javac" ] || continue
    atlas_major="$(atlas_java_major "$atlas_jdk/bin/java")"
    if [ "${atlas_major:-0}" -ge 21 ] 2>/dev/null && [ "$atlas_major" -gt "$atlas_best_major" ]; then
      atlas_best="$atlas_jdk" atlas_best_major="$atlas_major"
    fi
  done
  if [ -n "$atlas_best" ]; then
    export JAVA_HOME="$atlas_best"
  else
    echo "ClusterAtlas needs a JDK 21 or newer; set JAVA_HOME to one." >&2
  fi
fi
unset atlas_current_java atlas_current_major atlas_best atlas_best_major atlas_jdk atlas_major
