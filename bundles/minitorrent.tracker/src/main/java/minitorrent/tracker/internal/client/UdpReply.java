package minitorrent.tracker.internal.client;

import java.util.List;

import minitorrent.protocol.PeerAddress;
import minitorrent.tracker.SwarmStats;

/** A datagram from a UDP tracker, decoded (BEP 15): one record per action. */
sealed interface UdpReply {

    /** The transaction id that ties the reply to our request. */
    int transactionId();

    /** Action 0: the connection id to use for a minute. */
    record Connected(int transactionId, long connectionId) implements UdpReply {
    }

    /** Action 1: interval in seconds, swarm counts, and the peers. */
    record Announced(int transactionId, int intervalSeconds, int leechers, int seeders, List<PeerAddress> peers)
            implements UdpReply {

        public Announced {
            peers = List.copyOf(peers);
        }
    }

    /** Action 2: one entry per info hash asked about, in the same order. */
    record Scraped(int transactionId, List<SwarmStats> stats) implements UdpReply {

        public Scraped {
            stats = List.copyOf(stats);
        }
    }

    /** Action 3: the tracker refused, with a message. */
    record Error(int transactionId, String message) implements UdpReply {
    }
}
