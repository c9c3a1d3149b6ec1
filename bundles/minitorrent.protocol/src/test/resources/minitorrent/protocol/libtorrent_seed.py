"""Seeds a small v1 torrent that it creates itself, for MiniTorrent's peer wire interop tests.

Usage: /usr/bin/python3 libtorrent_seed.py DIR SIZE PIECE_LENGTH [--create-only]

Writes SIZE random bytes to DIR/payload.bin and a v1-only torrent of it to DIR/payload.torrent,
then (unless --create-only) seeds it from a libtorrent session listening on 127.0.0.1 only, with
DHT, local peer discovery, UPnP, NAT-PMP, uTP and the default plugins off. Prints one line
  READY <info hash hex> <listen port or 0> <piece length> <total length>
and seeds until its standard input closes, or for 120 seconds at most.
"""
import os
import sys
import threading
import time

import libtorrent as lt

import loopback_libtorrent

LIFETIME_SECONDS = 120
CHECK_TIMEOUT_SECONDS = 30


def create_torrent(directory, size, piece_length):
    payload = os.path.join(directory, "payload.bin")
    with open(payload, "wb") as out:
        out.write(os.urandom(size))
    torrent_path = os.path.join(directory, "payload.torrent")
    loopback_libtorrent.write_v1_torrent(payload, piece_length, torrent_path)
    return lt.torrent_info(torrent_path)


def seed(session, info, directory):
    params = lt.add_torrent_params()
    params.ti = info
    params.save_path = directory
    handle = session.add_torrent(params)
    deadline = time.monotonic() + CHECK_TIMEOUT_SECONDS
    while not handle.status().is_seeding:
        if time.monotonic() > deadline:
            sys.exit("libtorrent did not reach seeding within %d s" % CHECK_TIMEOUT_SECONDS)
        time.sleep(0.05)
    return handle


def main():
    directory, size, piece_length = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    create_only = "--create-only" in sys.argv[4:]
    info = create_torrent(directory, size, piece_length)
    port = 0
    if not create_only:
        session = loopback_libtorrent.session()
        seed(session, info, directory)
        port = session.listen_port()
    print("READY %s %d %d %d" % (info.info_hash(), port, info.piece_length(), info.total_size()), flush=True)
    if create_only:
        return
    stdin_closed = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stdin_closed.set()), daemon=True).start()
    stdin_closed.wait(LIFETIME_SECONDS)


if __name__ == "__main__":
    main()
