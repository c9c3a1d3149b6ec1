package minitorrent.protocol;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Where a peer listens: an IP address and a TCP port, as trackers return them and as we dial.
 * Peers are told apart by address and port, never by address alone: on one host every peer is
 * 127.0.0.1.
 */
public record PeerAddress(InetAddress address, int port) {

    public PeerAddress {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a peer's port must be 1 to 65535, not " + port);
        }
    }

    public InetSocketAddress toSocketAddress() {
        return new InetSocketAddress(address, port);
    }

    /** {@code 127.0.0.1:6881} or {@code [::1]:6881}. */
    @Override
    public String toString() {
        String host = address.getHostAddress();
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }
}
