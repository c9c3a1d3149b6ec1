package minitorrent.engine;

/**
 * Download and upload limits in bytes per second; 0 means unlimited.
 *
 * @param download the most bytes per second received
 * @param upload   the most bytes per second sent
 */
public record RateLimits(long download, long upload) {

    public static final RateLimits UNLIMITED = new RateLimits(0, 0);

    public RateLimits {
        if (download < 0 || upload < 0) {
            throw new IllegalArgumentException("rate limits cannot be negative: download " + download + ", upload " + upload);
        }
    }
}
