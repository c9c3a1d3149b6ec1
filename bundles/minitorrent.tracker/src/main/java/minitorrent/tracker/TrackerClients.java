package minitorrent.tracker;

import java.net.URI;
import java.util.Locale;

import minitorrent.tracker.internal.client.HttpTrackerClient;
import minitorrent.tracker.internal.client.UdpTrackerClient;

/** Opens the right {@link TrackerClient} for an announce URL's scheme: http, https or udp. */
public final class TrackerClients {

    private TrackerClients() {
    }

    /**
     * A client for the tracker at this announce URL.
     *
     * @throws TrackerException when the scheme is none of http, https, udp, or a UDP URL lacks a
     *                          host or port, or the UDP socket cannot be opened
     */
    public static TrackerClient open(URI announceUri, TrackerClientOptions options) throws TrackerException {
        String scheme = announceUri.getScheme() == null ? "" : announceUri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> new HttpTrackerClient(announceUri, options);
            case "udp" -> UdpTrackerClient.open(announceUri, options);
            default -> throw new TrackerException("unsupported tracker URL scheme '" + scheme + "' in " + announceUri);
        };
    }
}
