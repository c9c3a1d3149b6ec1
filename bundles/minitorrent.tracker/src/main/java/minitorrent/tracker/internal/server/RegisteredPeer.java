package minitorrent.tracker.internal.server;

import java.time.Instant;

import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;

/**
 * A peer in one swarm of our tracker, as of its last announce.
 *
 * @param peerId    the id it announced
 * @param address   where it accepts connections: the address its request came from, the port it said
 * @param left      bytes it still misses; 0 makes it a seeder
 * @param lastSeen  when it last announced; it is dropped when it stays silent too long
 * @param completed whether its completion was already counted, so a repeated event counts once
 */
record RegisteredPeer(PeerId peerId, PeerAddress address, long left, Instant lastSeen, boolean completed) {

    boolean isSeeder() {
        return left == 0;
    }
}
