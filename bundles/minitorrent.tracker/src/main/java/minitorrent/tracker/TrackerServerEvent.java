package minitorrent.tracker;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;

/**
 * What our embedded tracker did, for a log, the command line or a view: each event can say
 * itself as one log line ({@link #describe()}).
 */
public sealed interface TrackerServerEvent {

    /** Which protocol a request came over. */
    enum Transport {
        HTTP, UDP
    }

    /** One line for a log, e.g. {@code "HTTP announce started from 127.0.0.1:6881 for 0123...: 3 peers"}. */
    default String describe() {
        return switch (this) {
            case Listening l -> "listening on http://" + hostPort(l.http()) + "/announce"
                    + l.udp().map(udp -> " and udp://" + hostPort(udp) + "/announce").orElse("");
            case Announced a -> a.transport() + " announce " + (a.event() == AnnounceEvent.NONE ? "" : a.event()
                    .httpName() + " ") + "from " + a.peer() + " for " + a.infoHash() + ": " + a.peersReturned() + " peers";
            case Scraped s -> s.transport() + " scrape from " + s.from().getHostAddress() + " of " + s.torrents()
                    + " torrents";
            case Rejected r -> r.transport() + " request from " + r.from().getHostAddress() + " refused: " + r.reason();
            case Stopped s -> "stopped";
        };
    }

    private static String hostPort(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /**
     * The tracker is serving.
     *
     * @param http the bound HTTP address
     * @param udp  the bound UDP address, when UDP is served
     */
    record Listening(InetSocketAddress http, Optional<InetSocketAddress> udp) implements TrackerServerEvent {
    }

    /**
     * A peer announced.
     *
     * @param transport     HTTP or UDP
     * @param infoHash      the torrent
     * @param peer          the peer's address and port
     * @param event         why it announced
     * @param peersReturned how many peers it was given
     */
    record Announced(Transport transport, InfoHash infoHash, PeerAddress peer, AnnounceEvent event, int peersReturned)
            implements TrackerServerEvent {
    }

    /**
     * A client scraped.
     *
     * @param transport HTTP or UDP
     * @param from      the client's address
     * @param torrents  how many torrents it asked about
     */
    record Scraped(Transport transport, InetAddress from, int torrents) implements TrackerServerEvent {
    }

    /**
     * A request was refused: malformed, over a limit, or rate limited.
     *
     * @param transport HTTP or UDP
     * @param from      the client's address
     * @param reason    what was wrong, as sent back to the client
     */
    record Rejected(Transport transport, InetAddress from, String reason) implements TrackerServerEvent {
    }

    /** The tracker stopped serving. */
    record Stopped() implements TrackerServerEvent {
    }
}
