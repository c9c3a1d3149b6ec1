package minitorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;

/** Our tracker's HTTP side spoken to with plain HTTP requests, as any client would. */
@Timeout(30)
class TrackerServerHttpTest {

    private static final String HASH = "%01".repeat(20);
    private final List<TrackerServerEvent> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private TrackerServer server;

    private TrackerServer start(TrackerServerConfig config) throws IOException {
        server = TrackerServer.start(config, events::add);
        return server;
    }

    private TrackerServer start() throws IOException {
        return start(TrackerServerConfig.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        http.close();
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.httpAddress().getPort() + pathAndQuery);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private BencodeDictionary bencoded(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertEquals(200, response.statusCode(), "trackers answer 200, refusals included");
        return assertInstanceOf(BencodeDictionary.class, new BencodeDecoder().decode(response.body()).value());
    }

    private String failureReason(String pathAndQuery) throws Exception {
        BencodeValue reason = bencoded(pathAndQuery).get("failure reason").orElseThrow();
        return ((BencodeString) reason).text();
    }

    private static String announceQuery(String peerId, int port) {
        return "/announce?info_hash=" + HASH + "&peer_id=" + peerId + "&port=" + port + "&left=10";
    }

    @Test
    void itBindsAnEphemeralPortAndReportsIt() throws Exception {
        start();
        assertNotEquals(0, server.httpAddress().getPort());
        assertEquals(InetAddress.getLoopbackAddress(), server.httpAddress().getAddress());
        assertEquals("http://127.0.0.1:" + server.httpAddress().getPort() + "/announce", server.announceUri().toString());
        TrackerServerEvent.Listening listening = assertInstanceOf(TrackerServerEvent.Listening.class, events.get(0));
        assertEquals(server.udpAddress(), listening.udp());
        assertTrue(listening.describe().startsWith("listening on http://127.0.0.1:"), listening.describe());
    }

    @Test
    void malformedAnnouncesAreAnsweredWithAFailureReason() throws Exception {
        start();
        assertEquals("missing info_hash", failureReason("/announce?peer_id=-XX0000-123456789012&port=1"));
        assertEquals("info_hash must be 20 bytes, not 19",
                failureReason("/announce?info_hash=" + "%01".repeat(19) + "&peer_id=-XX0000-123456789012&port=1"));
        assertEquals("missing peer_id", failureReason("/announce?info_hash=" + HASH + "&port=1"));
        assertEquals("port is not a number: 'x'", failureReason(announceQuery("-XX0000-123456789012", 1)
                .replace("port=1", "port=x")));
        TrackerServerEvent.Rejected rejected = assertInstanceOf(TrackerServerEvent.Rejected.class, events.get(1));
        assertEquals("missing info_hash", rejected.reason());
    }

    @Test
    void dictionaryPeersWhenCompactIsOff() throws Exception {
        start();
        bencoded(announceQuery("-AA0000-000000000001", 7001));
        BencodeDictionary reply = bencoded(announceQuery("-BB0000-000000000002", 7002) + "&compact=0");
        BencodeList peers = (BencodeList) reply.get("peers").orElseThrow();
        assertEquals(1, peers.values().size());
        BencodeDictionary peer = (BencodeDictionary) peers.values().get(0);
        assertEquals(BencodeString.of("127.0.0.1"), peer.get("ip").orElseThrow());
        assertEquals(new BencodeInteger(7001), peer.get("port").orElseThrow());
        assertEquals(BencodeString.of("-AA0000-000000000001"), peer.get("peer id").orElseThrow());
        assertEquals(new BencodeInteger(1800), reply.get("interval").orElseThrow());
        assertEquals(new BencodeInteger(60), reply.get("min interval").orElseThrow());
        assertEquals(new BencodeInteger(2), reply.get("incomplete").orElseThrow());
    }

    @Test
    void requestsThatAreNotTrackerRequests() throws Exception {
        start();
        assertEquals(404, get("/index.html").statusCode());
        assertEquals(414, get("/announce?x=" + "a".repeat(9000)).statusCode());
        String full = failureReason("/scrape");
        assertTrue(full.startsWith("missing info_hash"), full);
    }

    @Test
    void eachAddressIsRateLimited() throws Exception {
        start(TrackerServerConfig.defaults().withPort(0).withRequestsPerMinutePerIp(3));
        for (int i = 0; i < 3; i++) {
            bencoded(announceQuery("-AA0000-000000000001", 7001)).get("interval").orElseThrow();
        }
        assertTrue(failureReason(announceQuery("-AA0000-000000000001", 7001)).startsWith("too many requests"));
    }

    @Test
    void afterCloseThePortIsFreeAndNothingAnswers() throws Exception {
        start();
        int port = server.httpAddress().getPort();
        server.close();
        server.close();
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        assertInstanceOf(TrackerServerEvent.Stopped.class, events.get(events.size() - 1));
        assertEquals(1, events.stream().filter(TrackerServerEvent.Stopped.class::isInstance).count());
    }

    @Test
    void manyConcurrentAnnouncesAllGetAnswers() throws Exception {
        start(TrackerServerConfig.defaults().withPort(0).withRequestsPerMinutePerIp(10_000));
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 100; i++) {
            int port = 10_000 + i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    bencoded(announceQuery(String.format("-CC0000-%012d", port), port)).get("interval").orElseThrow();
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(20));
        }
        assertEquals(List.of(), errors);
        assertEquals(100, server.swarms().get(0).leechers());
    }
}
