package minitorrent.tracker;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import minitorrent.tracker.internal.server.HttpTrackerService;
import minitorrent.tracker.internal.server.TrackerService;
import minitorrent.tracker.internal.server.UdpTrackerService;

/**
 * Our embedded BitTorrent tracker: HTTP announce and scrape (BEP 3, 23, 7, 48) and, if enabled,
 * UDP (BEP 15), on one bind address. For a LAN, a test swarm, or the {@code minitorrent tracker}
 * command. Start it with {@link #start}, stop it with {@link #close}. Thread-safe; it runs on its
 * own (virtual) threads and reports to its {@link TrackerServerListener} from them.
 */
public final class TrackerServer implements AutoCloseable {

    private final TrackerService service;
    private final HttpTrackerService http;
    private final Optional<UdpTrackerService> udp;
    private boolean closed;

    private TrackerServer(TrackerService service, HttpTrackerService http, Optional<UdpTrackerService> udp) {
        this.service = service;
        this.http = http;
        this.udp = udp;
    }

    /**
     * Binds the ports and starts serving; the listener hears a {@link TrackerServerEvent.Listening}
     * with the bound addresses first.
     *
     * @throws IOException when a port cannot be bound (in use, or the address is not local)
     */
    public static TrackerServer start(TrackerServerConfig config, TrackerServerListener listener) throws IOException {
        TrackerService service = new TrackerService(config, listener);
        HttpTrackerService http = HttpTrackerService.start(new InetSocketAddress(config.bindAddress(), config.httpPort()),
                service);
        Optional<UdpTrackerService> udp = Optional.empty();
        if (config.udpEnabled()) {
            try {
                udp = Optional.of(UdpTrackerService.start(new InetSocketAddress(config.bindAddress(), config.udpPort()),
                        service, config.clock()));
            } catch (IOException e) {
                closeInterruptibly(http);
                throw e;
            }
        }
        TrackerServer server = new TrackerServer(service, http, udp);
        service.emit(new TrackerServerEvent.Listening(server.httpAddress(), server.udpAddress()));
        return server;
    }

    /** Where HTTP is served, with the real port when port 0 was asked for. */
    public InetSocketAddress httpAddress() {
        return http.address();
    }

    /** Where UDP is served, when it is. */
    public Optional<InetSocketAddress> udpAddress() {
        return udp.map(UdpTrackerService::address);
    }

    /**
     * The URL to put in a torrent's {@code announce}: {@code http://host:port/announce} with the
     * bound address as is (bound to a wildcard, that is {@code 0.0.0.0} or {@code ::}, which other
     * hosts must replace by a name or address they can reach).
     */
    public URI announceUri() {
        return uri("http", httpAddress());
    }

    /** {@code udp://host:port/announce}, when UDP is served. */
    public Optional<URI> udpAnnounceUri() {
        return udpAddress().map(address -> uri("udp", address));
    }

    /** The torrents tracked now, with their counts. */
    public List<SwarmSnapshot> swarms() {
        return service.snapshot();
    }

    /** Stops serving, closes every connection, and waits for the tracker's threads; idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        closeInterruptibly(http);
        udp.ifPresent(TrackerServer::closeInterruptibly);
        service.emit(new TrackerServerEvent.Stopped());
    }

    private static void closeInterruptibly(AutoCloseable part) {
        try {
            part.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + part + " failed", e);
        }
    }

    private static URI uri(String scheme, InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        if (address.getAddress() instanceof Inet6Address) {
            host = "[" + host.replace("%", "%25") + "]";
        }
        return URI.create(scheme + "://" + host + ":" + address.getPort() + "/announce");
    }
}
