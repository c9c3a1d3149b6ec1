package minitorrent.tracker;

import java.util.Optional;

/**
 * Why a client announces (BEP 3 {@code event}): the first announce, finishing the download, leaving
 * the swarm, or a regular update. Each has a name on HTTP trackers and a number on UDP ones (BEP 15).
 */
public enum AnnounceEvent {
    /** A regular announce at the tracker's interval: HTTP sends no {@code event} at all. */
    NONE("", 0),
    /** The download finished; sent once, not when the torrent was complete on start. */
    COMPLETED("completed", 1),
    /** The first announce of a torrent. */
    STARTED("started", 2),
    /** The client leaves the swarm. */
    STOPPED("stopped", 3);

    private final String httpName;
    private final int udpCode;

    AnnounceEvent(String httpName, int udpCode) {
        this.httpName = httpName;
        this.udpCode = udpCode;
    }

    /** The value of the HTTP {@code event} parameter; empty for {@link #NONE}. */
    public String httpName() {
        return httpName;
    }

    /** The event number in a UDP announce (BEP 15): 0 none, 1 completed, 2 started, 3 stopped. */
    public int udpCode() {
        return udpCode;
    }

    /** The event an HTTP {@code event} value names; an empty value (or "empty") is {@link #NONE}. */
    public static Optional<AnnounceEvent> fromHttpName(String name) {
        if (name.isEmpty() || name.equals("empty")) {
            return Optional.of(NONE);
        }
        for (AnnounceEvent event : values()) {
            if (event.httpName.equals(name)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** The event a UDP event number names (BEP 15). */
    public static Optional<AnnounceEvent> fromUdpCode(int code) {
        for (AnnounceEvent event : values()) {
            if (event.udpCode == code) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
