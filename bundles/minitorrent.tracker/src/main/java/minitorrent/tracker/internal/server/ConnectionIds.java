package minitorrent.tracker.internal.server;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The connection ids our UDP tracker hands out (BEP 15), made so that they need no table: a keyed
 * hash of the client's address and port and the current minute. An id is accepted during the
 * minute it was made and the next one, so at least one minute, as the BEP asks; a client that
 * spoofs its address never sees the id and cannot announce. Thread-safe (immutable but for the
 * clock).
 */
final class ConnectionIds {

    private static final long MINUTE_MILLIS = 60_000;

    private final Clock clock;
    private final byte[] secret = new byte[32];

    ConnectionIds(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(secret);
    }

    /** A fresh id for this client. */
    long issue(InetSocketAddress client) {
        return id(client, currentMinute());
    }

    /** Whether the id was issued to this client this minute or the last. */
    boolean isValid(long connectionId, InetSocketAddress client) {
        long minute = currentMinute();
        return connectionId == id(client, minute) || connectionId == id(client, minute - 1);
    }

    private long currentMinute() {
        return Math.floorDiv(clock.millis(), MINUTE_MILLIS);
    }

    private long id(InetSocketAddress client, long minute) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        sha256.update(secret);
        sha256.update(client.getAddress().getAddress());
        sha256.update(ByteBuffer.allocate(12).putInt(client.getPort()).putLong(minute).array());
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }
}
