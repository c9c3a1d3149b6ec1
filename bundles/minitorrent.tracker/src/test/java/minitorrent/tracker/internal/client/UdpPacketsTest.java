package minitorrent.tracker.internal.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.internal.MalformedReplyException;

/** The byte layouts of BEP 15, written out field by field in hexadecimal. */
class UdpPacketsTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final InfoHash HASH = InfoHash.fromHex("0102030405060708090a0b0c0d0e0f1011121314");
    private static final PeerId PEER = PeerId.of("-MT0100-000000000000".getBytes(StandardCharsets.US_ASCII));

    @Test
    void connectRequest() {
        assertEquals("0000041727101980" + "00000000" + "deadbeef", HEX.formatHex(UdpRequests.connect(0xDEADBEEF)));
    }

    @Test
    void announceRequest() {
        AnnounceRequest request = new AnnounceRequest(HASH, PEER, 6881, 3, 2, 1, AnnounceEvent.STARTED, 50, 0x01020304);
        String expected = "1122334455667788" + "00000001" + "00000007" + HASH.hex()
                + HEX.formatHex(PEER.bytes()) + "0000000000000002" + "0000000000000001" + "0000000000000003"
                + "00000002" + "00000000" + "01020304" + "00000032" + "1ae1";
        assertEquals(expected, HEX.formatHex(UdpRequests.announce(0x1122334455667788L, 7, request)));
    }

    @Test
    void eventCodesAreThoseOfBep15() {
        assertEquals(List.of(0, 1, 2, 3), List.of(AnnounceEvent.NONE.udpCode(), AnnounceEvent.COMPLETED.udpCode(),
                AnnounceEvent.STARTED.udpCode(), AnnounceEvent.STOPPED.udpCode()));
    }

    @Test
    void scrapeRequest() {
        InfoHash other = InfoHash.fromHex("ff".repeat(20));
        assertEquals("0000000000000009" + "00000002" + "0000000a" + HASH.hex() + other.hex(),
                HEX.formatHex(UdpRequests.scrape(9, 10, List.of(HASH, other))));
    }

    @Test
    void connectReply() throws Exception {
        assertEquals(new UdpReply.Connected(5, 0x0102030405060708L),
                parse("00000000" + "00000005" + "0102030405060708", 6));
    }

    @Test
    void announceReplyWithIpv4Peers() throws Exception {
        UdpReply reply = parse("00000001" + "00000009" + "00000708" + "00000003" + "00000004"
                + "7f000001" + "1ae1" + "0a000002" + "c8d5", 6);
        assertEquals(new UdpReply.Announced(9, 1800, 3, 4, List.of(
                new PeerAddress(InetAddress.getByName("127.0.0.1"), 6881),
                new PeerAddress(InetAddress.getByName("10.0.0.2"), 51413))), reply);
    }

    @Test
    void announceReplyWithIpv6Peers() throws Exception {
        UdpReply reply = parse("00000001" + "00000009" + "0000003c" + "00000000" + "00000001"
                + "20010db8000000000000000000000001" + "1ae1", 18);
        assertEquals(new UdpReply.Announced(9, 60, 0, 1,
                List.of(new PeerAddress(InetAddress.getByName("2001:db8::1"), 6881))), reply);
    }

    @Test
    void scrapeReply() throws Exception {
        assertEquals(new UdpReply.Scraped(4, List.of(new SwarmStats(1, 2, 3), new SwarmStats(4294967295L, 0, 0))),
                parse("00000002" + "00000004" + "000000010000000200000003" + "ffffffff0000000000000000", 6));
    }

    @Test
    void errorReply() throws Exception {
        assertEquals(new UdpReply.Error(8, "torrent not registered"),
                parse("00000003" + "00000008" + HEX.formatHex("torrent not registered".getBytes(StandardCharsets.UTF_8)), 6));
    }

    @Test
    void malformedReplies() {
        assertMalformed("shorter than its 8-byte header", "0000000000000");
        assertMalformed("a connect reply has 12 bytes", "00000000" + "00000001" + "01020304");
        assertMalformed("fewer than its 20-byte header", "00000001" + "00000001" + "00000708" + "00000001");
        assertMalformed("not a multiple of 6", "00000001" + "00000001" + "00000708" + "00000000" + "00000000" + "7f0000011a");
        assertMalformed("negative", "00000001" + "00000001" + "ffffffff" + "00000000" + "00000000");
        assertMalformed("not a multiple of 12", "00000002" + "00000001" + "0000000100000002");
        assertMalformed("unknown action 4", "00000004" + "00000001");
    }

    @Test
    void parsingLeavesTheBufferAlone() throws Exception {
        ByteBuffer packet = ByteBuffer.wrap(HEX.parseHex("00000000" + "00000005" + "0102030405060708"));
        UdpReplyParser.parse(packet, 6);
        assertEquals(0, packet.position());
        assertArrayEquals(HEX.parseHex("00000000"), java.util.Arrays.copyOf(packet.array(), 4));
    }

    private static UdpReply parse(String hex, int entryLength) throws MalformedReplyException {
        return UdpReplyParser.parse(ByteBuffer.wrap(HEX.parseHex(hex)), entryLength);
    }

    private static void assertMalformed(String expected, String hex) {
        String padded = hex.length() % 2 == 0 ? hex : hex + "0";
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> parse(padded, 6));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say " + expected);
    }
}
