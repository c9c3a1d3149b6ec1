#!/usr/bin/env bash
# Fuzzes the bencode decoder with Jazzer's own driver for as long as asked, checking the same
# invariants as BencodeDecoderFuzzTest (whose @FuzzTest route is bound to its maxDuration).
# Usage: bundles/minitorrent.bencode/fuzz-decoder.sh [SECONDS]   (default 600)
# The corpus grows in .fuzz/corpus/ (kept across runs, not committed); a finding is written to
# .fuzz/findings/, and is replayed by every normal test run once copied into the seed directory.
set -euo pipefail
seconds=${1:-600}
bundle=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bundle/../.." && pwd)
. "$root/features/minitorrent.rcp.feature/rootfiles/find-java.sh"
seeds="$bundle/src/test/resources/minitorrent/bencode/BencodeDecoderFuzzTestInputs/decode"

cd "$root"
# clean: Tycho's incremental test compilation loses the other test classes when one changed.
./mvnw -B -o -q clean test-compile -pl bundles/minitorrent.bencode -am
./mvnw -B -o -q dependency:build-classpath -pl bundles/minitorrent.bencode \
  -Dmdep.includeScope=test -Dmdep.outputFile="$bundle/target/fuzz-classpath.txt"
mkdir -p "$bundle/.fuzz/corpus" "$bundle/.fuzz/findings"
exec "$MINITORRENT_JAVA_HOME/bin/java" \
  -cp "$bundle/target/classes:$bundle/target/test-classes:$(cat "$bundle/target/fuzz-classpath.txt")" \
  com.code_intelligence.jazzer.Jazzer \
  --target_class=minitorrent.bencode.BencodeDecoderFuzzTest \
  --instrumentation_includes='minitorrent.bencode.**' \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$bundle/.fuzz/findings/" \
  "$bundle/.fuzz/corpus" "$seeds"
