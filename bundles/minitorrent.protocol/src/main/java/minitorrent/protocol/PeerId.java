package minitorrent.protocol;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import minitorrent.protocol.internal.ClientNameDecoder;
import minitorrent.protocol.internal.PrintableBytes;

/**
 * The 20-byte id a peer announces in its handshake and to trackers (BEP 3). Ours is
 * Azureus-style, {@code -MT0100-} followed by 12 random characters, so other clients can name us.
 * Immutable.
 */
public final class PeerId {

    /** Length in bytes of a peer id. */
    public static final int LENGTH = 20;

    /** Our Azureus-style client prefix: MiniTorrent 0.1.0.0. */
    public static final String CLIENT_PREFIX = "-MT0100-";

    private static final String RANDOM_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private PeerId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of these 20 bytes. */
    public static PeerId of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a peer id has 20 bytes, not " + bytes.length);
        }
        return new PeerId(bytes.clone());
    }

    /** A fresh id of ours: the client prefix and random printable characters. */
    public static PeerId generate() {
        byte[] bytes = new byte[LENGTH];
        byte[] prefix = CLIENT_PREFIX.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        for (int i = prefix.length; i < LENGTH; i++) {
            bytes[i] = (byte) RANDOM_ALPHABET.charAt(RANDOM.nextInt(RANDOM_ALPHABET.length()));
        }
        return new PeerId(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeerId that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /**
     * The client and version this id announces by convention, for display: "libtorrent 2.0.8",
     * "aria2 1.36.0", "Transmission 3.00", "MiniTorrent 0.1.0"; for an id of no known style, its
     * printable prefix (or "unknown client").
     */
    public String clientName() {
        return ClientNameDecoder.describe(bytes);
    }

    /** Printable ASCII as is, other bytes as hexadecimal escapes. */
    @Override
    public String toString() {
        return PrintableBytes.escape(bytes);
    }
}
