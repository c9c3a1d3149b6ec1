package minitorrent.engine.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A peer's address and port: how we know whom to dial, whom not to dial twice and whom we
 * banned. Bans are by address and port, not by address alone, because many honest peers can share
 * one address (a NAT, a machine running several clients, every test on 127.0.0.1).
 */
public record PeerKey(InetAddress address, int port) {

    public static PeerKey of(InetSocketAddress socketAddress) {
        return new PeerKey(socketAddress.getAddress(), socketAddress.getPort());
    }

    public InetSocketAddress toSocketAddress() {
        return new InetSocketAddress(address, port);
    }

    @Override
    public String toString() {
        return address.getHostAddress() + ":" + port;
    }
}
