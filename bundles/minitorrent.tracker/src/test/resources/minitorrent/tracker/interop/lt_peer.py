"""A libtorrent peer for MiniTorrent's tracker tests, kept on 127.0.0.1.

    lt_peer.py make FILE TRACKER_URL TORRENT        create a v1-only torrent of FILE announcing to TRACKER_URL
    lt_peer.py seed TORRENT DIR PORT SECONDS        seed the torrent's file from DIR, re-announcing often
    lt_peer.py download TORRENT DIR PORT SECONDS    download into DIR; print 'finished' and exit 0 when done

DHT, local peer discovery, UPnP, NAT-PMP and the default plugins (PEX) are off, so the peers can
only find each other through the tracker. Exit status 1 when SECONDS pass first.
"""
import os
import sys
import time

import libtorrent as lt

import loopback_libtorrent


def make(path, tracker, torrent):
    loopback_libtorrent.write_v1_torrent(path, 32 * 1024, torrent, [tracker])


def session(port):
    return loopback_libtorrent.session(
        port,
        # libtorrent ignores a tracker interval below this (300 s by default).
        min_announce_interval=2,
        min_reconnect_time=1,
        alert_mask=lt.alert.category_t.error_notification | lt.alert.category_t.tracker_notification)


def run(mode, torrent, directory, port, seconds):
    ses = session(port)
    params = lt.add_torrent_params()
    params.ti = lt.torrent_info(torrent)
    params.save_path = directory
    handle = ses.add_torrent(params)
    deadline = time.monotonic() + seconds
    last_announce = time.monotonic()
    while time.monotonic() < deadline:
        for alert in ses.pop_alerts():
            print("alert:", alert.message(), flush=True)
        status = handle.status()
        if mode == "download" and status.is_seeding:
            print("finished", flush=True)
            return 0
        # A seeder finds leechers that never dial out only by announcing again.
        if mode == "seed" and time.monotonic() - last_announce > 2:
            handle.force_reannounce()
            last_announce = time.monotonic()
        print("state %s progress %.3f peers %d" % (status.state, status.progress, status.num_peers), flush=True)
        time.sleep(0.5)
    return 1


def main(argv):
    if argv[1] == "make":
        make(argv[2], argv[3], argv[4])
        return 0
    return run(argv[1], argv[2], argv[3], int(argv[4]), float(argv[5]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
