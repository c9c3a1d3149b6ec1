#!/usr/bin/env bash
# The command line end to end, against the tools people would use instead (Debian packages
# hyperfine, mktorrent, transmission-cli): `info` on a small torrent against transmission-show,
# and `create` on a 1 GiB file from page cache against mktorrent and transmission-create.
# Prints hyperfine's tables (markdown). Usage: bundles/minitorrent.cli/benchmarks/cli-benchmark.sh [FOLDER]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
work=${1:-/tmp/minitorrent-bench}
mkdir -p "$work"
"$root/minitorrent" --version >/dev/null   # builds the product when it is stale
minitorrent="$root/releng/minitorrent.product/target/products/minitorrent.product/linux/gtk/x86_64/minitorrent/minitorrent"
cores=$(nproc)

head -c 1048576 /dev/urandom > "$work/small.bin"
rm -f "$work/small.torrent"
mktorrent -a http://127.0.0.1:6969/announce -o "$work/small.torrent" "$work/small.bin" >/dev/null
[ -f "$work/1gib.bin" ] && [ "$(stat -c %s "$work/1gib.bin")" = 1073741824 ] || head -c 1073741824 /dev/urandom > "$work/1gib.bin"
cat "$work/1gib.bin" > /dev/null

hyperfine -N --warmup 3 --runs 20 --export-markdown "$work/info.md" \
  "$minitorrent info $work/small.torrent" "transmission-show $work/small.torrent" >/dev/null
hyperfine --warmup 1 --runs 5 --export-markdown "$work/create.md" \
  --prepare "rm -f $work/ours.torrent $work/mk.torrent $work/tr.torrent" \
  "$minitorrent create $work/1gib.bin -o $work/ours.torrent --piece-size 1M" \
  "mktorrent -l 20 -t $cores -o $work/mk.torrent $work/1gib.bin" \
  "transmission-create -s 1024 -o $work/tr.torrent $work/1gib.bin" >/dev/null
cat "$work/info.md" "$work/create.md"
