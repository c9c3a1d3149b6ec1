package minitorrent.protocol;

import java.util.HexFormat;

/**
 * The 8 reserved bytes of the handshake, where peers advertise protocol extensions (BEP 3), as one
 * big-endian {@code long}: byte 0 of the handshake is its most significant byte. We advertise only
 * what we implement: the extension protocol. The others are read so the engine can know what a
 * peer supports.
 *
 * @param bits the 8 bytes, the first in the highest bits
 */
public record ReservedBits(long bits) {

    /** BEP 10: reserved byte 5, bit 0x10. */
    private static final long EXTENSION_PROTOCOL = 0x10L << 16;
    /** BEP 5: reserved byte 7, bit 0x01. */
    private static final long DHT = 0x01L;
    /** BEP 6: reserved byte 7, bit 0x04. */
    private static final long FAST_EXTENSION = 0x04L;

    /** No extension at all. */
    public static final ReservedBits NONE = new ReservedBits(0);

    /** What MiniTorrent advertises: the extension protocol (BEP 10) and nothing else. */
    public static final ReservedBits OURS = new ReservedBits(EXTENSION_PROTOCOL);

    public boolean supportsExtensionProtocol() {
        return (bits & EXTENSION_PROTOCOL) != 0;
    }

    public boolean supportsDht() {
        return (bits & DHT) != 0;
    }

    public boolean supportsFastExtension() {
        return (bits & FAST_EXTENSION) != 0;
    }

    /** The 8 bytes as 16 hexadecimal digits, in handshake order. */
    @Override
    public String toString() {
        return HexFormat.of().toHexDigits(bits);
    }
}
