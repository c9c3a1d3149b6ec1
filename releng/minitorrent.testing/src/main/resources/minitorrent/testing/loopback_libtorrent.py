"""libtorrent (Debian package python3-libtorrent) kept to 127.0.0.1, for MiniTorrent's tests and
benchmarks: the session settings and the v1 torrents they all need, in one place.

The tests copy this module next to their own script (minitorrent.testing.PythonScripts); the
benchmarks put this folder on sys.path.
"""
import os

import libtorrent as lt


def session(port=0, **overrides):
    """A session listening on 127.0.0.1:PORT only (0: any free port), with DHT, local peer
    discovery, UPnP, NAT-PMP, uTP and the default plugins (ut_pex, ut_metadata) off, and several
    connections per IP allowed: every peer here is 127.0.0.1. OVERRIDES are further settings."""
    settings = {
        "listen_interfaces": "127.0.0.1:%d" % port,
        "enable_dht": False,
        "enable_lsd": False,
        "enable_upnp": False,
        "enable_natpmp": False,
        "dht_bootstrap_nodes": "",
        "enable_ip_notifier": False,
        "allow_multiple_connections_per_ip": True,
        "enable_outgoing_utp": False,
        "enable_incoming_utp": False,
    }
    settings.update(overrides)
    return lt.session(settings, 0)  # flags 0: no default plugins


def write_v1_torrent(path, piece_length, torrent, trackers=()):
    """Writes to TORRENT a v1-only torrent (no v2 hashes) of the file or folder PATH, announcing to
    TRACKERS, one tier each."""
    files = lt.file_storage()
    lt.add_files(files, path)
    creator = lt.create_torrent(files, piece_length, flags=lt.create_torrent.v1_only)
    for tracker in trackers:
        creator.add_tracker(tracker)
    lt.set_piece_hashes(creator, os.path.dirname(os.path.abspath(path)))
    with open(torrent, "wb") as out:
        out.write(lt.bencode(creator.generate()))
