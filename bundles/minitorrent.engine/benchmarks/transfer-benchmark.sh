#!/usr/bin/env bash
# A 1 GiB single file sent over loopback by one seeder to one leecher, ours and libtorrent's
# (Debian package python3-libtorrent), in the four pairings us->us, libtorrent->us, us->libtorrent
# and libtorrent->libtorrent, ROUNDS times each (default 3). Prints a markdown table per run and the
# medians: transfer time and MB/s, CPU time of each process, peak RSS, and our JVMs' heap (from a
# GC log). Files live in FOLDER, which must be on disk, not tmpfs. Usage:
#   bundles/minitorrent.engine/benchmarks/transfer-benchmark.sh [FOLDER [ROUNDS [PIECE_SIZE]]]
#   (default /tmp/minitorrent-bench-engine, 3, 1M). MINITORRENT_CLI_VM_ARGS=-Xmx64m caps our heap.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
work=${1:-/tmp/minitorrent-bench-engine}
rounds=${2:-3}
piece_size=${3:-1M}
"$root/minitorrent" --version >/dev/null   # builds the product when it is stale
minitorrent="$root/releng/minitorrent.product/target/products/minitorrent.product/linux/gtk/x86_64/minitorrent/minitorrent"

mkdir -p "$work/seed"
if [ "$(stat -f -c %T "$work")" = tmpfs ]; then
  echo "$work is on tmpfs: give a folder on disk" >&2
  exit 2
fi
file="$work/seed/1gib.bin"
[ -f "$file" ] && [ "$(stat -c %s "$file")" = 1073741824 ] || head -c 1073741824 /dev/urandom > "$file"
"$minitorrent" create "$file" -o "$work/1gib.bin.torrent" --piece-size "$piece_size" --no-date --force >/dev/null
cat "$file" > /dev/null   # the seeders read it from the page cache
echo "$(uptime)" >&2
/usr/bin/python3 "$root/bundles/minitorrent.engine/benchmarks/transfer_benchmark.py" run "$minitorrent" "$work" "$rounds"
echo "$(uptime)" >&2
