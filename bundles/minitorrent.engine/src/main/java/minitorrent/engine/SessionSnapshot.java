package minitorrent.engine;

import java.util.List;

/**
 * A session at a moment: each of its torrents, in the order they were added, and what the
 * torrents removed since it started had moved; the two taken together, so that a removal never
 * counts a torrent twice or not at all.
 */
public record SessionSnapshot(List<TorrentSnapshot> torrents, RemovedTorrents removed) {

    public SessionSnapshot {
        torrents = List.copyOf(torrents);
    }
}
