# Sourced by MiniTorrent's scripts: sets MINITORRENT_JAVA_HOME to a JDK or JRE of version 21 or
# newer, looking at JAVA_HOME, then the java on PATH, then the folders in MINITORRENT_JVM_ROOT
# (default /usr/lib/jvm); exits with a clear message when there is none.

minitorrent_java_version() {
  # Prints the feature version (17, 21, 25, ...) of the Java installation in "$1".
  local release="$1/release" version
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  elif [ -x "$1/bin/java" ]; then
    version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "${version:-0}"
}

minitorrent_find_java() {
  local candidate candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in "${MINITORRENT_JVM_ROOT:-/usr/lib/jvm}"/*; do candidates+=("$candidate"); done
  for candidate in "${candidates[@]}"; do
    if [ -x "$candidate/bin/java" ] && [ "$(minitorrent_java_version "$candidate")" -ge 21 ]; then
      MINITORRENT_JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "MiniTorrent needs Java 21 or newer and found none (looked at JAVA_HOME, PATH and ${MINITORRENT_JVM_ROOT:-/usr/lib/jvm})." >&2
  echo "Install one, for example: apt-get install openjdk-21-jre, or set JAVA_HOME to a JDK 21+." >&2
  exit 1
}

minitorrent_find_java
