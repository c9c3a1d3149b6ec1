package minitorrent.tracker;

import minitorrent.metainfo.InfoHash;

/**
 * One torrent on our embedded tracker, as its UI and command line show it.
 *
 * @param infoHash  the torrent
 * @param seeders   peers with the whole torrent
 * @param leechers  peers still downloading
 * @param completed downloads that finished, counted from {@code completed} events
 */
public record SwarmSnapshot(InfoHash infoHash, long seeders, long leechers, long completed) {
}
