package minitorrent.metainfo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the URLs a user writes into a torrent before they are saved: a tracker is http, https
 * or udp (BEP 15: with a port) with a host; a web seed (BEP 19) is http or https with a host.
 * Each problem is one sentence naming the URL. Stateless.
 */
public final class TorrentUrls {

    private static final Set<String> TRACKER_SCHEMES = Set.of("http", "https", "udp");
    private static final Set<String> WEB_SEED_SCHEMES = Set.of("http", "https");

    private TorrentUrls() {
    }

    /** What is wrong with this announce URL, or empty when a tracker client can use it. */
    public static Optional<String> trackerProblem(String url) {
        Optional<String> problem = problem(url, TRACKER_SCHEMES);
        if (problem.isEmpty() && url.strip().toLowerCase(Locale.ROOT).startsWith("udp:") && URI.create(url.strip()).getPort() < 0) {
            return Optional.of("'" + url.strip() + "' has no port: a UDP tracker needs one (udp://host:port)");
        }
        return problem;
    }

    /** What is wrong with this web seed URL, or empty when it can be downloaded from. */
    public static Optional<String> webSeedProblem(String url) {
        return problem(url, WEB_SEED_SCHEMES);
    }

    private static Optional<String> problem(String url, Set<String> schemes) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return Optional.of("the URL is empty");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.of("'" + trimmed + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            return Optional.of("'" + trimmed + "' does not start with " + String.join("://, ", schemes.stream().sorted().toList()) + "://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("'" + trimmed + "' names no host");
        }
        return Optional.empty();
    }
}
