package minitorrent.tracker.internal;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import minitorrent.protocol.PeerAddress;

/**
 * The compact peer format: an address in network byte order followed by a 2-byte big-endian port,
 * 6 bytes per IPv4 peer (BEP 23 {@code peers}, BEP 15) and 18 bytes per IPv6 peer (BEP 7
 * {@code peers6}). Stateless.
 */
public final class CompactPeers {

    /** Bytes per IPv4 entry. */
    public static final int IPV4_ENTRY = 6;
    /** Bytes per IPv6 entry. */
    public static final int IPV6_ENTRY = 18;

    private CompactPeers() {
    }

    /**
     * Reads the peers in the buffer's remaining bytes, {@code entryLength} (6 or 18) bytes each.
     * Entries with port 0 name no reachable peer and are skipped.
     *
     * @throws MalformedReplyException when the length is not a multiple of the entry length
     */
    public static List<PeerAddress> decode(ByteBuffer entries, int entryLength, String field)
            throws MalformedReplyException {
        if (entryLength != IPV4_ENTRY && entryLength != IPV6_ENTRY) {
            throw new IllegalArgumentException("entry length must be 6 or 18, not " + entryLength);
        }
        if (entries.remaining() % entryLength != 0) {
            throw new MalformedReplyException("'" + field + "' has " + entries.remaining()
                    + " bytes, not a multiple of " + entryLength);
        }
        List<PeerAddress> peers = new ArrayList<>(entries.remaining() / entryLength);
        byte[] address = new byte[entryLength - 2];
        while (entries.hasRemaining()) {
            entries.get(address);
            int port = Short.toUnsignedInt(entries.getShort());
            if (port != 0) {
                peers.add(new PeerAddress(toInetAddress(address), port));
            }
        }
        return peers;
    }

    /** The entries of the peers of one family ({@code Inet4Address} or {@code Inet6Address}); others are left out. */
    public static byte[] encode(List<PeerAddress> peers, Class<? extends InetAddress> family) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PeerAddress peer : peers) {
            if (family.isInstance(peer.address())) {
                out.writeBytes(peer.address().getAddress());
                out.write(peer.port() >> 8);
                out.write(peer.port());
            }
        }
        return out.toByteArray();
    }

    /** The entry length for an address family: 6 for IPv4, 18 for IPv6. */
    public static int entryLength(InetAddress family) {
        return family instanceof Inet6Address ? IPV6_ENTRY : IPV4_ENTRY;
    }

    /** The family class of an address, for {@link #encode}. */
    public static Class<? extends InetAddress> familyOf(InetAddress address) {
        return address instanceof Inet6Address ? Inet6Address.class : Inet4Address.class;
    }

    private static InetAddress toInetAddress(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
