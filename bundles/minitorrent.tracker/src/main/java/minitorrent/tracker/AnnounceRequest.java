package minitorrent.tracker;

import java.util.Objects;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerId;

/**
 * What a client tells a tracker about itself and one torrent (BEP 3 announce parameters), the same
 * for HTTP and UDP trackers.
 *
 * @param infoHash   the torrent
 * @param peerId     our peer id
 * @param port       the TCP port we accept peers on, 1 to 65535
 * @param uploaded   bytes uploaded since the {@link AnnounceEvent#STARTED started} announce
 * @param downloaded bytes downloaded since then
 * @param left       bytes still missing (0 for a seeder)
 * @param event      why we announce
 * @param numWant    how many peers we would like, 0 or more
 * @param key        a number that stays the same for the session, so the tracker can recognise
 *                   us when our address changes
 */
public record AnnounceRequest(InfoHash infoHash, PeerId peerId, int port, long uploaded, long downloaded, long left,
        AnnounceEvent event, int numWant, int key) {

    /** The number of peers asked for when the caller has no preference; what most clients ask for. */
    public static final int DEFAULT_NUM_WANT = 50;

    /** Checks the values a tracker would reject. */
    public AnnounceRequest {
        Objects.requireNonNull(infoHash, "infoHash");
        Objects.requireNonNull(peerId, "peerId");
        Objects.requireNonNull(event, "event");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
        }
        if (uploaded < 0 || downloaded < 0 || left < 0) {
            throw new IllegalArgumentException("uploaded, downloaded and left must not be negative: "
                    + uploaded + ", " + downloaded + ", " + left);
        }
        if (numWant < 0) {
            throw new IllegalArgumentException("numWant must not be negative, not " + numWant);
        }
    }

    /** This request with another event (e.g. {@link AnnounceEvent#STOPPED} on shutdown). */
    public AnnounceRequest withEvent(AnnounceEvent newEvent) {
        return new AnnounceRequest(infoHash, peerId, port, uploaded, downloaded, left, newEvent, numWant, key);
    }

    /** This request with other transfer totals. */
    public AnnounceRequest withTotals(long newUploaded, long newDownloaded, long newLeft) {
        return new AnnounceRequest(infoHash, peerId, port, newUploaded, newDownloaded, newLeft, event, numWant, key);
    }
}
