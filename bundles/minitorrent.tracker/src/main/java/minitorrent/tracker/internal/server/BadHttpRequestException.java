package minitorrent.tracker.internal.server;

/**
 * An HTTP request our tracker will not read further: too long, malformed, or not a GET. Answered
 * with its status code, since it is not a tracker request at all.
 */
final class BadHttpRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    BadHttpRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
