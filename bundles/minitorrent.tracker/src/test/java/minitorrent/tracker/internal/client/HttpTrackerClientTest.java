package minitorrent.tracker.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeString;
import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.ScrapeResult;
import minitorrent.tracker.TrackerClientOptions;
import minitorrent.tracker.TrackerException;

/** Our HTTP client against a JDK HTTP server on 127.0.0.1 that misbehaves as each test says. */
@Timeout(30)
class HttpTrackerClientTest {

    private static final AnnounceRequest REQUEST = new AnnounceRequest(InfoHash.fromHex("12".repeat(20)),
            PeerId.generate(), 6881, 0, 0, 10, AnnounceEvent.STARTED, 50, 7);
    private static final byte[] OK = BencodeEncoder.encode(BencodeDictionary.builder().put("interval", 60)
            .put("peers", BencodeString.of(new byte[] {127, 0, 0, 1, 0x1A, (byte) 0xE1}))
            .put("tracker id", "T-42").build());

    private HttpServer server;
    private final List<URI> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> reply(exchange, status, body));
    }

    private void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        requests.add(exchange.getRequestURI());
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void theTrackerIdIsEchoedInTheNextAnnounce() throws Exception {
        serve("/announce", 200, OK);
        try (HttpTrackerClient client = new HttpTrackerClient(url("/announce?passkey=secret"), TrackerClientOptions.DEFAULT)) {
            AnnounceResult.Success first = assertInstanceOf(AnnounceResult.Success.class, client.announce(REQUEST));
            assertEquals(1, first.peers().size());
            client.announce(REQUEST.withEvent(AnnounceEvent.NONE));
        }
        assertTrue(requests.get(0).getRawQuery().startsWith("passkey=secret&info_hash="), requests.get(0).toString());
        assertTrue(!requests.get(0).getRawQuery().contains("trackerid"), requests.get(0).toString());
        assertTrue(requests.get(1).getRawQuery().endsWith("&trackerid=T-42"), requests.get(1).toString());
    }

    @Test
    void redirectsAreFollowed() throws Exception {
        serve("/announce", 200, OK);
        server.createContext("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/announce?moved=1");
            reply(exchange, 302, new byte[0]);
        });
        try (HttpTrackerClient client = new HttpTrackerClient(url("/old"), TrackerClientOptions.DEFAULT)) {
            assertInstanceOf(AnnounceResult.Success.class, client.announce(REQUEST));
        }
        assertEquals("/announce", requests.get(1).getPath());
    }

    @Test
    void aRedirectLoopStopsAfterTheLimit() throws Exception {
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            reply(exchange, 307, new byte[0]);
        });
        try (HttpTrackerClient client = new HttpTrackerClient(url("/loop"), TrackerClientOptions.DEFAULT.withMaxRedirects(3))) {
            TrackerException e = assertThrows(TrackerException.class, () -> client.announce(REQUEST));
            assertTrue(e.getMessage().contains("more than 3 redirects"), e.getMessage());
        }
        assertEquals(4, requests.size(), "the first request and three redirects");
    }

    @Test
    void aReplyLargerThanTheLimitIsRefused() throws Exception {
        serve("/announce", 200, new byte[100_000]);
        try (HttpTrackerClient client = new HttpTrackerClient(url("/announce"),
                TrackerClientOptions.DEFAULT.withMaxReplyBytes(10_000))) {
            TrackerException e = assertThrows(TrackerException.class, () -> client.announce(REQUEST));
            assertTrue(e.getMessage().contains("longer than 10000 bytes"), e.getMessage());
        }
    }

    @Test
    void aTrackerThatDoesNotAnswerTimesOut() throws Exception {
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, OK);
        });
        try (HttpTrackerClient client = new HttpTrackerClient(url("/slow"),
                TrackerClientOptions.DEFAULT.withRequestTimeout(Duration.ofMillis(300)))) {
            long start = System.nanoTime();
            TrackerException e = assertThrows(TrackerException.class, () -> client.announce(REQUEST));
            assertTrue(e.getMessage().contains("no reply"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2_500);
        }
    }

    @Test
    void aFailureReasonSentWithAnErrorStatusIsStillTheTrackersReason() throws Exception {
        serve("/announce", 400, BencodeEncoder.encode(BencodeDictionary.builder()
                .put("failure reason", "invalid passkey").build()));
        try (HttpTrackerClient client = new HttpTrackerClient(url("/announce"), TrackerClientOptions.DEFAULT)) {
            assertEquals(new AnnounceResult.Failure("invalid passkey"), client.announce(REQUEST));
        }
    }

    @Test
    void anErrorStatusWithoutFailureReasonIsAnError() throws Exception {
        serve("/announce", 503, "busy".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (HttpTrackerClient client = new HttpTrackerClient(url("/announce"), TrackerClientOptions.DEFAULT)) {
            TrackerException e = assertThrows(TrackerException.class, () -> client.announce(REQUEST));
            assertTrue(e.getMessage().contains("HTTP status 503"), e.getMessage());
        }
    }

    @Test
    void anUnreachableTrackerIsAnError() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        try (HttpTrackerClient client = new HttpTrackerClient(URI.create("http://127.0.0.1:" + port + "/announce"),
                TrackerClientOptions.DEFAULT)) {
            TrackerException e = assertThrows(TrackerException.class, () -> client.announce(REQUEST));
            assertTrue(e.getMessage().contains("cannot reach 127.0.0.1"), e.getMessage());
        }
    }

    @Test
    void scrapeWithoutTheAnnounceRuleIsUnsupported() throws Exception {
        try (HttpTrackerClient client = new HttpTrackerClient(url("/tracker"), TrackerClientOptions.DEFAULT)) {
            assertInstanceOf(ScrapeResult.Unsupported.class, client.scrape(List.of(REQUEST.infoHash())));
        }
        assertTrue(requests.isEmpty(), "nothing was asked");
    }
}
