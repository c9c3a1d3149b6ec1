package minitorrent.tracker.internal.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import com.code_intelligence.jazzer.junit.FuzzTest;

import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.internal.CompactPeers;
import minitorrent.tracker.internal.MalformedReplyException;

/**
 * Coverage-guided fuzzing of what trackers send us: HTTP announce and scrape bodies and UDP
 * datagrams. Anything but {@link MalformedReplyException} escaping a parser is a finding, and so
 * is an OutOfMemoryError or a hang (Jazzer's timeout). A normal test run replays only the seeds
 * in {@code src/test/resources/minitorrent/tracker/internal/client/TrackerReplyFuzzTestInputs/}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes (the bundle's README has the command).
 */
class TrackerReplyFuzzTest {

    /** A small limit so that short inputs reach it too. */
    private static final HttpReplyParser HTTP = new HttpReplyParser(1 << 16);

    @FuzzTest(maxDuration = "60s")
    void httpAnnounce(byte[] body) {
        try {
            HttpAnnounceReply reply = HTTP.parseAnnounce(body);
            if (reply.result() instanceof AnnounceResult.Success success) {
                assertFalse(success.interval().isNegative());
                assertFalse(success.minInterval().isNegative());
                assertTrue(success.peers().size() <= body.length / 6, "more peers than the body can hold");
            }
        } catch (MalformedReplyException expected) {
            // what a bad reply must cause
        }
    }

    @FuzzTest(maxDuration = "60s")
    void httpScrape(byte[] body) {
        try {
            HTTP.parseScrape(body);
        } catch (MalformedReplyException expected) {
            // what a bad reply must cause
        }
    }

    @FuzzTest(maxDuration = "60s")
    void udpReply(byte[] datagram) {
        for (int entryLength : new int[] {CompactPeers.IPV4_ENTRY, CompactPeers.IPV6_ENTRY}) {
            ByteBuffer buffer = ByteBuffer.wrap(datagram);
            try {
                UdpReply reply = UdpReplyParser.parse(buffer, entryLength);
                if (reply instanceof UdpReply.Announced announced) {
                    assertTrue(announced.intervalSeconds() >= 0);
                    assertTrue(announced.peers().size() <= (datagram.length - 20) / entryLength);
                }
            } catch (MalformedReplyException expected) {
                // what a bad datagram must cause
            }
            assertTrue(buffer.position() == 0, "the parser must not move the caller's buffer");
        }
    }
}
