package minitorrent.metainfo;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The 20-byte SHA-1 of a torrent's info dictionary (BEP 3): the torrent's identity on the wire,
 * at trackers and in magnet links. Immutable.
 */
public final class InfoHash {

    /** Length in bytes of a v1 info hash. */
    public static final int LENGTH = 20;

    private final byte[] bytes;

    private InfoHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of these 20 bytes. */
    public static InfoHash of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("an info hash has 20 bytes, not " + bytes.length);
        }
        return new InfoHash(bytes.clone());
    }

    /** Parses 40 hexadecimal digits, in either case. */
    public static InfoHash fromHex(String hex) {
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("an info hash has 40 hexadecimal digits, not " + hex.length() + ": '" + hex + "'");
        }
        return new InfoHash(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** 40 lower-case hexadecimal digits, as clients and trackers print it. */
    public String hex() {
        return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InfoHash that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
