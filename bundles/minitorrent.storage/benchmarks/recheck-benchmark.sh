#!/usr/bin/env bash
# Benchmark of the full recheck of a 1 GiB file from page cache against cores x single-thread
# SHA-1 speed. Usage:
#   bundles/minitorrent.storage/benchmarks/recheck-benchmark.sh [FOLDER [PIECE_LENGTH]]
#   (default /tmp/minitorrent-bench-storage, 1048576); JAVA_OPTS=-XX:ActiveProcessorCount=1 measures one core.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$root"
./mvnw -B -q -o clean test-compile -pl bundles/minitorrent.storage -am
. features/minitorrent.platform.feature/rootfiles/find-java.sh
exec "$MINITORRENT_JAVA_HOME/bin/java" ${JAVA_OPTS:-} -cp bundles/minitorrent.bencode/target/classes:bundles/minitorrent.metainfo/target/classes:bundles/minitorrent.storage/target/classes:bundles/minitorrent.storage/target/test-classes:releng/minitorrent.testing/target/classes \
  minitorrent.storage.RecheckBenchmark "$@"
