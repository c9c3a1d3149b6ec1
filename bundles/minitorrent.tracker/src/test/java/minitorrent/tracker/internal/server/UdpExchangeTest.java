package minitorrent.tracker.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.MutableClock;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerListener;

/** Our UDP tracker's answers, datagram in, datagram out, without sockets. */
class UdpExchangeTest {

    private static final InfoHash HASH = InfoHash.fromHex("77".repeat(20));
    private final MutableClock clock = new MutableClock();
    private final TrackerService service = new TrackerService(TrackerServerConfig.defaults().withClock(clock)
            .withIntervals(Duration.ofSeconds(120), Duration.ofSeconds(30)), TrackerServerListener.NONE);
    private final UdpExchange exchange = new UdpExchange(service, new ConnectionIds(clock));
    private final InetSocketAddress peerA = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40001);
    private final InetSocketAddress peerB = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40002);

    private Optional<ByteBuffer> answer(byte[] datagram, InetSocketAddress from) {
        return exchange.answer(ByteBuffer.wrap(datagram), from).map(ByteBuffer::wrap);
    }

    private long connect(InetSocketAddress from) {
        ByteBuffer reply = answer(ByteBuffer.allocate(16).putLong(0x41727101980L).putInt(0).putInt(99).array(), from)
                .orElseThrow();
        assertEquals(16, reply.remaining());
        assertEquals(0, reply.getInt(0));
        assertEquals(99, reply.getInt(4));
        return reply.getLong(8);
    }

    private static byte[] announce(long connectionId, int event, int numWant, int port, long left) {
        return ByteBuffer.allocate(98).putLong(connectionId).putInt(1).putInt(5).put(HASH.bytes())
                .put(PeerId.generate().bytes()).putLong(0).putLong(left).putLong(0).putInt(event).putInt(0).putInt(0)
                .putInt(numWant).putShort((short) port).array();
    }

    private static String error(ByteBuffer reply) {
        assertEquals(3, reply.getInt(0), "an error reply");
        return StandardCharsets.UTF_8.decode(reply.position(8)).toString();
    }

    @Test
    void shortDatagramsAndConnectsWithoutTheProtocolIdGetNoAnswer() {
        assertEquals(Optional.empty(), answer(new byte[15], peerA));
        assertEquals(Optional.empty(), answer(ByteBuffer.allocate(16).putLong(12345).putInt(0).putInt(1).array(), peerA));
    }

    @Test
    void announcesGetTheOtherPeersCompact() {
        answer(announce(connect(peerA), 2, -1, 6881, 0), peerA).orElseThrow();
        ByteBuffer reply = answer(announce(connect(peerB), 2, -1, 6882, 100), peerB).orElseThrow();
        assertEquals(1, reply.getInt(0));
        assertEquals(5, reply.getInt(4));
        assertEquals(120, reply.getInt(8), "interval");
        assertEquals(1, reply.getInt(12), "leechers");
        assertEquals(1, reply.getInt(16), "seeders");
        assertEquals("7f0000011ae1", HexFormat.of().formatHex(Arrays.copyOfRange(reply.array(), 20, reply.limit())));
    }

    @Test
    void anIpv6ClientGetsOnlyIpv6Peers() throws Exception {
        InetSocketAddress six = new InetSocketAddress(InetAddress.getByName("::1"), 40003);
        answer(announce(connect(peerA), 2, -1, 6881, 0), peerA).orElseThrow();
        answer(announce(connect(six), 2, -1, 6883, 0), six).orElseThrow();
        ByteBuffer v6 = answer(announce(connect(new InetSocketAddress(six.getAddress(), 40004)), 2, -1, 6884, 5),
                new InetSocketAddress(six.getAddress(), 40004)).orElseThrow();
        assertEquals(20 + 18, v6.remaining(), "one IPv6 peer of 18 bytes, the IPv4 one left out");
        assertEquals(2, v6.getInt(16), "both seeders are counted");
    }

    @Test
    void aConnectionIdIsTiedToTheClientAndExpires() {
        long id = connect(peerA);
        assertEquals("unknown or expired connection id", error(answer(announce(id, 2, -1, 6881, 0), peerB).orElseThrow()));
        clock.advance(Duration.ofSeconds(61));
        assertEquals(1, answer(announce(id, 0, -1, 6881, 0), peerA).orElseThrow().getInt(0), "still valid after a minute");
        clock.advance(Duration.ofSeconds(60));
        assertEquals("unknown or expired connection id", error(answer(announce(id, 0, -1, 6881, 0), peerA).orElseThrow()));
    }

    @Test
    void malformedAnnouncesGetErrorsNamingTheProblem() {
        long id = connect(peerA);
        assertEquals("an announce has 98 bytes, not 97",
                error(answer(Arrays.copyOf(announce(id, 2, -1, 6881, 0), 97), peerA).orElseThrow()));
        assertEquals("unknown event 9", error(answer(announce(id, 9, -1, 6881, 0), peerA).orElseThrow()));
        assertEquals("port must be 1 to 65535, not 0", error(answer(announce(id, 2, -1, 0, 0), peerA).orElseThrow()));
        assertEquals("left must not be negative, not -1", error(answer(announce(id, 2, -1, 1, -1), peerA).orElseThrow()));
        assertEquals("unknown action 7", error(answer(ByteBuffer.allocate(16).putLong(id).putInt(7).putInt(1).array(),
                peerA).orElseThrow()));
    }

    @Test
    void scrapesAnswerInOrderWithZerosForUnknownTorrents() {
        answer(announce(connect(peerA), 2, -1, 6881, 0), peerA).orElseThrow();
        long id = connect(peerB);
        ByteBuffer reply = answer(ByteBuffer.allocate(56).putLong(id).putInt(2).putInt(8)
                .put(InfoHash.fromHex("00".repeat(20)).bytes()).put(HASH.bytes()).array(), peerB).orElseThrow();
        assertEquals(2, reply.getInt(0));
        assertEquals(8, reply.getInt(4));
        assertEquals(8 + 24, reply.remaining());
        assertEquals("000000000000000000000000" + "000000010000000000000000",
                HexFormat.of().formatHex(Arrays.copyOfRange(reply.array(), 8, 32)));
        String empty = error(answer(ByteBuffer.allocate(16).putLong(id).putInt(2).putInt(8).array(), peerB).orElseThrow());
        assertTrue(empty.startsWith("a scrape names 1 to 74 info hashes"), empty);
    }
}
