package minitorrent.tracker.internal;

import minitorrent.tracker.TrackerException;

/**
 * A tracker reply that breaks BEP 3 / BEP 15 (a field missing or of the wrong type, a compact
 * peer list of the wrong length, a UDP packet too short). The message names the field or offset.
 */
public final class MalformedReplyException extends TrackerException {

    private static final long serialVersionUID = 1L;

    public MalformedReplyException(String message) {
        super(message);
    }

    public MalformedReplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
