package minitorrent.tracker.internal.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import minitorrent.metainfo.InfoHash;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.ScrapeResult;
import minitorrent.tracker.TrackerClient;
import minitorrent.tracker.TrackerClientOptions;
import minitorrent.tracker.TrackerException;
import minitorrent.tracker.internal.MalformedReplyException;

/**
 * An HTTP(S) tracker (BEP 3): GET requests through the JDK's HttpClient, redirects followed by
 * hand so that their number is bounded, every reply bounded in size and in time. Remembers the
 * {@code tracker id} a tracker gave, to echo it. Thread-safe: requests are serialized.
 */
public final class HttpTrackerClient implements TrackerClient {

    private static final String USER_AGENT = "MiniTorrent/0.1";

    private final URI announceUri;
    private final TrackerClientOptions options;
    private final HttpClient http;
    private final HttpReplyParser parser;
    /** Guarded by this. */
    private Optional<byte[]> trackerId = Optional.empty();

    public HttpTrackerClient(URI announceUri, TrackerClientOptions options) {
        this.announceUri = announceUri;
        this.options = options;
        this.http = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.parser = new HttpReplyParser(options.maxReplyBytes());
    }

    @Override
    public URI uri() {
        return announceUri;
    }

    @Override
    public synchronized AnnounceResult announce(AnnounceRequest request) throws TrackerException, InterruptedException {
        HttpResponse<byte[]> response = get(AnnounceUrls.announce(announceUri, request, trackerId));
        HttpAnnounceReply reply;
        try {
            reply = parser.parseAnnounce(response.body());
        } catch (MalformedReplyException e) {
            throw statusErrorOr(response, e);
        }
        if (response.statusCode() != 200 && !(reply.result() instanceof AnnounceResult.Failure)) {
            throw statusError(response);
        }
        if (reply.trackerId().isPresent()) {
            trackerId = reply.trackerId();
        }
        return reply.result();
    }

    @Override
    public synchronized ScrapeResult scrape(List<InfoHash> infoHashes) throws TrackerException, InterruptedException {
        Optional<URI> scrapeUri = AnnounceUrls.scrapeUri(announceUri);
        if (scrapeUri.isEmpty()) {
            return new ScrapeResult.Unsupported("the announce URL's last path segment does not start with 'announce'");
        }
        HttpResponse<byte[]> response = get(AnnounceUrls.scrape(scrapeUri.get(), infoHashes));
        ScrapeResult result;
        try {
            result = parser.parseScrape(response.body());
        } catch (MalformedReplyException e) {
            throw statusErrorOr(response, e);
        }
        if (response.statusCode() != 200 && !(result instanceof ScrapeResult.Failure)) {
            throw statusError(response);
        }
        return result;
    }

    /** Abandons a request still under way rather than waiting for it. */
    @Override
    public void close() {
        http.shutdownNow();
    }

    /**
     * The reply at the end of at most {@code maxRedirects} redirects. A status other than 200 is
     * returned too, since some trackers send their failure reason with an error status.
     */
    private HttpResponse<byte[]> get(URI uri) throws TrackerException, InterruptedException {
        URI current = uri;
        for (int redirects = 0;; redirects++) {
            HttpResponse<byte[]> response = send(current);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (isRedirect(status) && location.isPresent()) {
                if (redirects == options.maxRedirects()) {
                    throw new TrackerException("more than " + options.maxRedirects() + " redirects from " + announceUri);
                }
                current = redirectTarget(current, location.get());
                continue;
            }
            return response;
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws TrackerException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request,
                BoundedBodySubscriber.handler(options.maxReplyBytes()));
        try {
            // The request timeout covers the headers only; this bounds the body too.
            return response.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new TrackerException("no reply from " + uri.getHost() + " within " + options.requestTimeout().toSeconds() + " s", e);
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof HttpTimeoutException
                    ? "no reply from " + uri.getHost() + " within " + options.requestTimeout().toSeconds() + " s"
                    : "cannot reach " + uri.getHost() + ": " + describe(cause);
            throw new TrackerException(message, cause);
        }
    }

    private URI redirectTarget(URI from, String location) throws TrackerException {
        URI target;
        try {
            target = from.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new TrackerException("bad redirect location '" + location + "' from " + from.getHost(), e);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TrackerException("redirect to a non-HTTP URL '" + location + "' from " + from.getHost());
        }
        return target;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** An error status with a body that is no failure reason is reported as the status. */
    private static TrackerException statusErrorOr(HttpResponse<byte[]> response, MalformedReplyException error) {
        return response.statusCode() == 200 ? error : statusError(response);
    }

    private static TrackerException statusError(HttpResponse<byte[]> response) {
        return new TrackerException("HTTP status " + response.statusCode() + " from " + response.uri().getHost());
    }

    private static String describe(Throwable error) {
        if (error instanceof IOException && error.getMessage() != null) {
            return error.getMessage();
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
}
