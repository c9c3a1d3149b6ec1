#!/usr/bin/env bash
# Fuzzes the peer message decoder with Jazzer's own driver for as long as asked, checking the same
# invariants as PeerMessageDecoderFuzzTest (whose JUnit route runs for its @FuzzTest maxDuration).
# Usage: bundles/minitorrent.protocol/fuzz-decoder.sh [SECONDS]   (default 600)
# The corpus grows in .fuzz/corpus/ (not committed); a finding is written to .fuzz/findings/ and,
# copied into the seed directory, is replayed by every normal test run.
set -euo pipefail
seconds=${1:-600}
bundle=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bundle/../.." && pwd)
. "$(ls "$root"/features/*/rootfiles/find-java.sh | head -n 1)"
seeds="$bundle/src/test/resources/minitorrent/protocol/PeerMessageDecoderFuzzTestInputs/decode"

cd "$root"
# clean: Tycho's incremental test compilation loses the other test classes when one changed.
./mvnw -B -o -q clean test-compile -pl bundles/minitorrent.protocol -am
./mvnw -B -o -q dependency:build-classpath -pl bundles/minitorrent.protocol -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$bundle/target/fuzz-classpath.txt"
# Tycho lists the bundles we import (bencode, metainfo) as their folders: use their classes.
classpath=$(tr ':' '\n' < "$bundle/target/fuzz-classpath.txt" \
  | sed -e "s#^\($root/bundles/[^/]*\)\$#\1/target/classes#" | paste -sd: -)
mkdir -p "$bundle/.fuzz/corpus" "$bundle/.fuzz/findings"
exec "$MINITORRENT_JAVA_HOME/bin/java" \
  -cp "$bundle/target/classes:$bundle/target/test-classes:$classpath" \
  com.code_intelligence.jazzer.Jazzer \
  --target_class=minitorrent.protocol.PeerMessageDecoderFuzzTest \
  --instrumentation_includes='minitorrent.protocol.**' \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$bundle/.fuzz/findings/" \
  "$bundle/.fuzz/corpus" "$seeds"
