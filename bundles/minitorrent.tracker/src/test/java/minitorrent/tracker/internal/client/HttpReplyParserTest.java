package minitorrent.tracker.internal.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.ScrapeResult;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.internal.MalformedReplyException;

/**
 * HTTP tracker bodies: compact (BEP 23) and IPv6 (BEP 7) peers, dictionary peers, failures, warnings,
 * scrapes, and every malformed field.
 */
class HttpReplyParserTest {

    private final HttpReplyParser parser = new HttpReplyParser(1 << 20);

    private static byte[] encode(BencodeDictionary.Builder builder) {
        return BencodeEncoder.encode(builder.build());
    }

    private static PeerAddress peer(String ip, int port) throws Exception {
        return new PeerAddress(InetAddress.getByName(ip), port);
    }

    private AnnounceResult.Success success(byte[] body) throws MalformedReplyException {
        return assertInstanceOf(AnnounceResult.Success.class, parser.parseAnnounce(body).result());
    }

    @Test
    void compactIpv4Peers() throws Exception {
        byte[] peers = {10, 0, 0, 1, 0x1A, (byte) 0xE1, (byte) 192, (byte) 168, 1, (byte) 200, (byte) 0xFF, (byte) 0xFF};
        AnnounceResult.Success result = success(encode(BencodeDictionary.builder().put("interval", 1800)
                .put("peers", BencodeString.of(peers))));
        assertEquals(List.of(peer("10.0.0.1", 6881), peer("192.168.1.200", 65535)), result.peers());
        assertEquals(Duration.ofSeconds(1800), result.interval());
        assertEquals(Duration.ZERO, result.minInterval());
        assertEquals(OptionalInt.empty(), result.seeders());
        assertEquals(Optional.empty(), result.warning());
    }

    @Test
    void compactIpv6PeersComeFromPeers6() throws Exception {
        byte[] peers6 = new byte[18];
        peers6[15] = 1; // ::1
        peers6[16] = 0x1F;
        peers6[17] = (byte) 0x90; // 8080
        AnnounceResult.Success result = success(encode(BencodeDictionary.builder().put("interval", 60)
                .put("peers", BencodeString.of(new byte[0])).put("peers6", BencodeString.of(peers6))));
        assertEquals(List.of(peer("::1", 8080)), result.peers());
    }

    @Test
    void countsMinIntervalAndWarning() throws Exception {
        AnnounceResult.Success result = success(encode(BencodeDictionary.builder().put("interval", 900)
                .put("min interval", 60).put("complete", 5).put("incomplete", 7)
                .put("warning message", "tracker moving soon").put("peers", "")));
        assertEquals(Duration.ofSeconds(60), result.minInterval());
        assertEquals(OptionalInt.of(5), result.seeders());
        assertEquals(OptionalInt.of(7), result.leechers());
        assertEquals(Optional.of("tracker moving soon"), result.warning());
    }

    @Test
    void dictionaryPeersSkipHostNamesAndPortZero() throws Exception {
        BencodeList peers = BencodeList.of(
                BencodeDictionary.builder().put("ip", "10.1.2.3").put("port", 51413).put("peer id", "x".repeat(20)).build(),
                BencodeDictionary.builder().put("ip", "2001:db8::7").put("port", 6881).build(),
                BencodeDictionary.builder().put("ip", "peer.example").put("port", 6881).build(),
                BencodeDictionary.builder().put("ip", "10.9.9.9").put("port", 0).build(),
                BencodeDictionary.builder().put("ip", "300.1.1.1").put("port", 1).build());
        AnnounceResult.Success result = success(encode(BencodeDictionary.builder().put("interval", 1).put("peers", peers)));
        assertEquals(List.of(peer("10.1.2.3", 51413), peer("2001:db8::7", 6881)), result.peers());
    }

    @Test
    void aFailureReasonWinsOverEverythingElse() throws Exception {
        AnnounceResult result = parser.parseAnnounce(encode(BencodeDictionary.builder()
                .put("failure reason", "unregistered torrent").put("interval", 10))).result();
        assertEquals(new AnnounceResult.Failure("unregistered torrent"), result);
    }

    @Test
    void theTrackerIdIsReturnedAsBytes() throws Exception {
        HttpAnnounceReply reply = parser.parseAnnounce(encode(BencodeDictionary.builder().put("interval", 10)
                .put("tracker id", BencodeString.of(new byte[] {1, 2, (byte) 0xFF}))));
        assertArrayEquals(new byte[] {1, 2, (byte) 0xFF}, reply.trackerId().orElseThrow());
    }

    @Test
    void malformedAnnounceRepliesNameTheProblem() {
        assertMalformed("not bencode", "<html>nope</html>".getBytes(StandardCharsets.US_ASCII));
        assertMalformed("not a dictionary", BencodeEncoder.encode(new BencodeInteger(1)));
        assertMalformed("'interval' is missing", encode(BencodeDictionary.builder().put("peers", "")));
        assertMalformed("'interval' is not an integer", encode(BencodeDictionary.builder().put("interval", "30")));
        assertMalformed("'interval' is negative", encode(BencodeDictionary.builder().put("interval", -1)));
        assertMalformed("'min interval' is negative", encode(BencodeDictionary.builder().put("interval", 1)
                .put("min interval", -5)));
        assertMalformed("'peers' has 7 bytes, not a multiple of 6", encode(BencodeDictionary.builder()
                .put("interval", 1).put("peers", BencodeString.of(new byte[7]))));
        assertMalformed("'peers6' has 17 bytes, not a multiple of 18", encode(BencodeDictionary.builder()
                .put("interval", 1).put("peers6", BencodeString.of(new byte[17]))));
        assertMalformed("'peers' is neither a string nor a list", encode(BencodeDictionary.builder()
                .put("interval", 1).put("peers", 5)));
        assertMalformed("peer 0 has no 'ip'", encode(BencodeDictionary.builder().put("interval", 1)
                .put("peers", BencodeList.of(BencodeDictionary.builder().put("port", 1).build()))));
        assertMalformed("peer 0 has port 70000", encode(BencodeDictionary.builder().put("interval", 1)
                .put("peers", BencodeList.of(BencodeDictionary.builder().put("ip", "1.2.3.4").put("port", 70000).build()))));
        assertMalformed("peer 0 is not a dictionary", encode(BencodeDictionary.builder().put("interval", 1)
                .put("peers", BencodeList.of(new BencodeInteger(3)))));
        assertMalformed("'failure reason' is not a string", encode(BencodeDictionary.builder().put("failure reason", 1)));
        assertMalformed("'complete' is out of range", encode(BencodeDictionary.builder().put("interval", 1)
                .put("complete", -3)));
    }

    @Test
    void aBodyPastTheLimitIsRefusedBeforeDecoding() {
        HttpReplyParser small = new HttpReplyParser(64);
        byte[] body = encode(BencodeDictionary.builder().put("interval", 1).put("peers", BencodeString.of(new byte[600])));
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> small.parseAnnounce(body));
        assertTrue(e.getMessage().contains("not bencode"), e.getMessage());
    }

    @Test
    void scrapeReplies() throws Exception {
        InfoHash a = InfoHash.fromHex("aa".repeat(20));
        InfoHash b = InfoHash.fromHex("bb".repeat(20));
        byte[] body = encode(BencodeDictionary.builder().put("files", BencodeDictionary.builder()
                .put(BencodeString.of(a.bytes()), BencodeDictionary.builder().put("complete", 3).put("downloaded", 10)
                        .put("incomplete", 2).build())
                .put(BencodeString.of(b.bytes()), BencodeDictionary.builder().put("complete", 0).build())
                .build()));
        assertEquals(new ScrapeResult.Success(Map.of(a, new SwarmStats(3, 10, 2), b, new SwarmStats(0, 0, 0))),
                parser.parseScrape(body));
    }

    @Test
    void scrapeFailureAndMalformedScrapes() throws Exception {
        assertEquals(new ScrapeResult.Failure("no scrape here"),
                parser.parseScrape(encode(BencodeDictionary.builder().put("failure reason", "no scrape here"))));
        assertThrows(MalformedReplyException.class, () -> parser.parseScrape(encode(BencodeDictionary.builder())));
        MalformedReplyException shortKey = assertThrows(MalformedReplyException.class, () -> parser.parseScrape(
                encode(BencodeDictionary.builder().put("files", BencodeDictionary.builder()
                        .put("short", BencodeDictionary.builder().build()).build()))));
        assertTrue(shortKey.getMessage().contains("5 bytes"), shortKey.getMessage());
        assertThrows(MalformedReplyException.class, () -> parser.parseScrape(encode(BencodeDictionary.builder()
                .put("files", BencodeDictionary.builder().put(BencodeString.of(new byte[20]), BencodeString.of("x")).build()))));
    }

    private void assertMalformed(String expected, byte[] body) {
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> parser.parseAnnounce(body));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say " + expected);
    }
}
