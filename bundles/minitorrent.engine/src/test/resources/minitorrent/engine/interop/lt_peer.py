"""A libtorrent peer for MiniTorrent's engine interop tests, kept on 127.0.0.1.

Usage: /usr/bin/python3 lt_peer.py TORRENT DIR SECONDS [HOST:PORT ...]

Adds the torrent with DIR as its save path (libtorrent checks whatever data is there), listens on
a free port of 127.0.0.1, announces to the torrent's trackers and connects to the peers given,
again every few seconds while it has fewer peers than that. DHT, local peer discovery, UPnP,
NAT-PMP, uTP and the default plugins (PEX) are off.
Prints 'listening PORT' once, a status line every half second, 'finished' once it has every
piece, and keeps seeding until its standard input closes or SECONDS pass (exit status 1 then).
"""
import sys
import threading
import time

import libtorrent as lt

import loopback_libtorrent


def start_session():
    return loopback_libtorrent.session(
        min_reconnect_time=1,
        # It ignores a tracker's interval below this (300 s by default); tests use short ones.
        min_announce_interval=5,
        alert_mask=lt.alert.category_t.error_notification | lt.alert.category_t.status_notification)


def endpoint(text):
    host, port = text.rsplit(":", 1)
    return host, int(port)


def main(argv):
    torrent, directory, seconds = argv[1], argv[2], float(argv[3])
    peers = [endpoint(text) for text in argv[4:]]
    session = start_session()
    params = lt.add_torrent_params()
    params.ti = lt.torrent_info(torrent)
    params.save_path = directory
    handle = session.add_torrent(params)
    print("listening %d" % session.listen_port(), flush=True)

    stdin_closed = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stdin_closed.set()), daemon=True).start()
    deadline = time.monotonic() + seconds
    finished = False
    last_connect = 0.0
    while not stdin_closed.is_set():
        if time.monotonic() > deadline:
            print("gave up after %.0f s" % seconds, flush=True)
            return 1
        for alert in session.pop_alerts():
            print("alert:", alert.message(), flush=True)
        status = handle.status()
        if status.is_seeding and not finished:
            finished = True
            handle.flush_cache()
            print("finished", flush=True)
        if status.state not in (lt.torrent_status.checking_files, lt.torrent_status.checking_resume_data) \
                and status.num_peers < len(peers) and time.monotonic() - last_connect > 3:
            for peer in peers:
                handle.connect_peer(peer)
            last_connect = time.monotonic()
        print("state %s progress %.3f peers %d down %d up %d" % (status.state, status.progress, status.num_peers,
              status.total_payload_download, status.total_payload_upload), flush=True)
        stdin_closed.wait(0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
