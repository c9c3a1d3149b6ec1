#!/usr/bin/env bash
# Fuzzes one of our decoders with Jazzer's own driver for as long as asked, checking the same
# invariants as the bundle's @FuzzTest (whose JUnit route is bound to its maxDuration).
# Usage: releng/fuzz.sh BUNDLE FUZZ_TEST_CLASS [SECONDS]      (default 600 seconds), for example
#   releng/fuzz.sh minitorrent.bencode minitorrent.bencode.BencodeDecoderFuzzTest 3600
#   releng/fuzz.sh minitorrent.protocol minitorrent.protocol.PeerMessageDecoderFuzzTest
# The seeds are the @FuzzTest's inputs folder; the corpus grows in BUNDLE/.fuzz/corpus/ (not
# committed); a finding is written to BUNDLE/.fuzz/findings/ and, copied into the seed folder,
# is replayed by every normal test run. The heap is capped below the RSS limit, so that heap growth
# is not reported as running out of memory.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,11p' "${BASH_SOURCE[0]}" >&2; exit 2; }
name=$1 target=$2 seconds=${3:-600}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bundle="$root/bundles/$name"
. "$root/features/minitorrent.platform.feature/rootfiles/find-java.sh"
class=${target##*.}
seeds=$(find "$bundle/src/test/resources" -type d -path "*/${class}Inputs/*" | head -n 1)
[ -n "$seeds" ] || { echo "fuzz.sh: no seed folder ${class}Inputs/ under $bundle/src/test/resources" >&2; exit 1; }

cd "$root"
# clean: Tycho's incremental test compilation loses the other test classes when one changed.
./mvnw -B -o -q clean test-compile -pl "bundles/$name" -am
./mvnw -B -o -q dependency:build-classpath -pl "bundles/$name" -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$bundle/target/fuzz-classpath.txt"
# Tycho lists the reactor bundles we import as their folders: use their classes.
classpath=$(tr ':' '\n' < "$bundle/target/fuzz-classpath.txt" \
  | sed -e "s#^\($root/bundles/[^/]*\)\$#\1/target/classes#" | paste -sd: -)
mkdir -p "$bundle/.fuzz/corpus" "$bundle/.fuzz/findings"
exec "$MINITORRENT_JAVA_HOME/bin/java" -Xmx1g \
  -cp "$bundle/target/classes:$bundle/target/test-classes:$classpath" \
  com.code_intelligence.jazzer.Jazzer \
  --target_class="$target" \
  --instrumentation_includes="$name.**" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$bundle/.fuzz/findings/" \
  "$bundle/.fuzz/corpus" "$seeds"
