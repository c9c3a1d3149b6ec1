package minitorrent.tracker;

/**
 * A tracker could not be asked or its reply could not be read: unreachable, timed out, an HTTP
 * error, too many redirects, a reply too large, or a reply that is not what BEP 3 / BEP 15 say.
 * The message names the tracker's problem (e.g. {@code "'interval' is missing"}). A tracker that
 * answered with a refusal is an {@link AnnounceResult.Failure}, not this.
 */
public class TrackerException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrackerException(String message) {
        super(message);
    }

    public TrackerException(String message, Throwable cause) {
        super(message, cause);
    }
}
