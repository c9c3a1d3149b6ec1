"""libtorrent (python3-libtorrent 2.0) as a reference for the interop tests of minitorrent.metainfo.

Run with /usr/bin/python3, whose bindings these are:
  create SOURCE OUTPUT PIECE_SIZE MODE [TRACKER...]   MODE: v1 | v1-padded | hybrid
  show TORRENT                                        what libtorrent reads from a .torrent
  magnet TORRENT                                      lt.make_magnet_uri of the torrent
  parse-magnet URI                                    what libtorrent reads from a magnet link
Output is one fact a line, fields separated by tabs, for the Java side to read.
"""
import os
import sys

import libtorrent as lt

MODES = {
    "v1": lt.create_torrent.v1_only,
    "v1-padded": lt.create_torrent.v1_only | lt.create_torrent.canonical_files,
    "hybrid": 0,
}


def create(source, output, piece_size, mode, trackers):
    files = lt.file_storage()
    lt.add_files(files, source)
    torrent = lt.create_torrent(files, int(piece_size), flags=MODES[mode])
    for tier, url in enumerate(trackers):
        torrent.add_tracker(url, tier)
    lt.set_piece_hashes(torrent, os.path.dirname(os.path.abspath(source)))
    with open(output, "wb") as out:
        out.write(lt.bencode(torrent.generate()))


def show(path):
    info = lt.torrent_info(path)
    files = info.files()
    print("hash\t" + str(info.info_hashes().v1))
    print("name\t" + info.name())
    print("total\t" + str(info.total_size()))
    print("pieces\t" + str(info.num_pieces()))
    print("piece-length\t" + str(info.piece_length()))
    print("private\t" + str(int(info.priv())))
    for index in range(files.num_files()):
        pad = int(bool(files.file_flags(index) & lt.file_storage.flag_pad_file))
        print("file\t%d\t%d\t%d\t%s" % (files.file_size(index), files.file_offset(index), pad, files.file_path(index)))
    for tracker in info.trackers():
        print("tracker\t%d\t%s" % (tracker.tier, tracker.url))


def magnet(path):
    print(lt.make_magnet_uri(lt.torrent_info(path)))


def parse_magnet(uri):
    params = lt.parse_magnet_uri(uri)
    print("hash\t" + str(params.info_hashes.v1))
    print("name\t" + params.name)
    for url in params.trackers:
        print("tracker\t0\t" + url)
    for url in params.url_seeds:
        print("web-seed\t" + url)
    for host, port in params.peers:
        print("peer\t%s\t%d" % (host, port))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "create":
        create(args[0], args[1], args[2], args[3], args[4:])
    elif command == "show":
        show(args[0])
    elif command == "magnet":
        magnet(args[0])
    elif command == "parse-magnet":
        parse_magnet(args[0])
    else:
        sys.exit("unknown command " + command)
