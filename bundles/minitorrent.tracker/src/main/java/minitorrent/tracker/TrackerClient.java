package minitorrent.tracker;

import java.net.URI;
import java.util.List;

import minitorrent.metainfo.InfoHash;

/**
 * One tracker, reached over HTTP(S) (BEP 3, 23, 7, 48) or UDP (BEP 15). Obtained from
 * {@link TrackerClients#open}. Calls block until the tracker answered or gave up (timeouts and
 * retransmissions included), so call them from a thread that may wait, e.g. a virtual thread;
 * interrupting it ends the wait with an {@link InterruptedException} (a UDP wait only on a
 * virtual thread). Thread-safe: concurrent calls on one client are serialized.
 */
public interface TrackerClient extends AutoCloseable {

    /** The tracker's announce URL. */
    URI uri();

    /** Announces to the tracker and returns what it answered. */
    AnnounceResult announce(AnnounceRequest request) throws TrackerException, InterruptedException;

    /** Asks the tracker for the swarm sizes of these torrents (at most 70 for UDP trackers). */
    ScrapeResult scrape(List<InfoHash> infoHashes) throws TrackerException, InterruptedException;

    /** Releases the socket, if the client holds one. */
    @Override
    void close();
}
