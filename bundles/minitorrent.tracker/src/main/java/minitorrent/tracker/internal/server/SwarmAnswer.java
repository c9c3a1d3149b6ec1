package minitorrent.tracker.internal.server;

import java.util.List;

/**
 * What the registry tells one announcing peer: some other peers, and the swarm's counts after
 * its announce.
 *
 * @param peers    other peers, at most as many as allowed, never the asking one
 * @param seeders  peers with the whole torrent
 * @param leechers peers still downloading
 */
record SwarmAnswer(List<RegisteredPeer> peers, int seeders, int leechers) {

    SwarmAnswer {
        peers = List.copyOf(peers);
    }
}
