#!/usr/bin/env bash
# Benchmark of torrent creation on a 1 GiB file from page cache: ours against cores x SHA-1 speed,
# mktorrent and transmission-create (Debian packages mktorrent, transmission-cli). Usage:
#   bundles/minitorrent.metainfo/benchmarks/create-benchmark.sh [FOLDER]   (default /tmp/minitorrent-bench)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$root"
./mvnw -B -q -o test-compile -pl bundles/minitorrent.metainfo -am
. features/minitorrent.platform.feature/rootfiles/find-java.sh
exec "$MINITORRENT_JAVA_HOME/bin/java" -cp bundles/minitorrent.bencode/target/classes:bundles/minitorrent.metainfo/target/classes:bundles/minitorrent.metainfo/target/test-classes:releng/minitorrent.testing/target/classes \
  minitorrent.metainfo.CreateBenchmark "$@"
