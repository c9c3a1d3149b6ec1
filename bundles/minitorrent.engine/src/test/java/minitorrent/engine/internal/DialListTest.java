package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DialListTest {

    private static final PeerKey FIRST = new PeerKey(InetAddress.getLoopbackAddress(), 6881);
    private static final PeerKey SECOND = new PeerKey(InetAddress.getLoopbackAddress(), 6882);
    private static final long SECOND_NANOS = Duration.ofSeconds(1).toNanos();

    /** An arbitrary clock reading, far from zero and near the wrap of nanoTime, to show only differences count. */
    private final long start = Long.MAX_VALUE - 60 * SECOND_NANOS;

    @Test
    void addressesAreDueInTheOrderTheyCameUnlessConnected() {
        DialList list = new DialList();
        list.offer(FIRST);
        list.offer(SECOND);
        list.offer(FIRST);
        assertEquals(List.of(FIRST, SECOND), list.due(start, Set.of()));
        assertEquals(List.of(SECOND), list.due(start, Set.of(FIRST)));
        assertTrue(list.anyDue(start, Set.of(FIRST)));
        assertFalse(list.anyDue(start, Set.of(FIRST, SECOND)));
    }

    @Test
    void aDialUnderWayIsNotDueAgain() {
        DialList list = new DialList();
        list.offer(FIRST);
        list.dialing(FIRST, start);
        assertEquals(List.of(), list.due(start + 60 * SECOND_NANOS, Set.of()));
    }

    @Test
    void failuresWaitFiveSecondsThenTwiceAsLongUpToFiveMinutes() {
        DialList list = new DialList();
        list.offer(FIRST);
        long now = start;
        long[] waits = {5, 10, 20, 40, 80, 160, 300, 300};
        for (long wait : waits) {
            list.failed(FIRST, now);
            assertEquals(List.of(), list.due(now + wait * SECOND_NANOS - 1, Set.of()), "still waiting before " + wait + " s");
            assertEquals(List.of(FIRST), list.due(now + wait * SECOND_NANOS, Set.of()), "due after " + wait + " s");
            now += wait * SECOND_NANOS;
        }
    }

    @Test
    void aConnectionStartsTheWaitsOver() {
        DialList list = new DialList();
        list.offer(FIRST);
        list.failed(FIRST, start);
        list.failed(FIRST, start);
        list.connected(FIRST);
        list.failed(FIRST, start);
        assertEquals(List.of(FIRST), list.due(start + 5 * SECOND_NANOS, Set.of()));
    }

    @Test
    void aForgottenAddressIsNotDialedUntilOfferedAgain() {
        DialList list = new DialList();
        list.offer(FIRST);
        list.forget(FIRST);
        list.failed(FIRST, start);
        assertEquals(List.of(), list.due(start, Set.of()));
        list.offer(FIRST);
        assertEquals(List.of(FIRST), list.due(start, Set.of()), "offered anew, it starts fresh");
    }
}
