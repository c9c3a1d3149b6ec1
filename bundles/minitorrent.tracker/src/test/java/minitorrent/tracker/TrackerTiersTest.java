package minitorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** BEP 12 tier order: tiers kept in order, shuffled once within, the answering tracker moved to the front. */
class TrackerTiersTest {

    private static final URI A = URI.create("http://a/announce");
    private static final URI B = URI.create("http://b/announce");
    private static final URI C = URI.create("http://c/announce");
    private static final URI D = URI.create("udp://d:1/announce");
    private static final URI E = URI.create("udp://e:1/announce");

    @Test
    void tiersKeepTheirOrderAndTheirMembers() {
        for (int seed = 0; seed < 50; seed++) {
            TrackerTiers tiers = new TrackerTiers(List.of(List.of(A, B, C), List.of(D, E)), new Random(seed));
            List<List<URI>> order = tiers.tiers();
            assertEquals(Set.of(A, B, C), Set.copyOf(order.get(0)));
            assertEquals(Set.of(D, E), Set.copyOf(order.get(1)));
            assertEquals(List.of(order.get(0).get(0), order.get(0).get(1), order.get(0).get(2), order.get(1).get(0),
                    order.get(1).get(1)), tiers.attemptOrder());
        }
    }

    @Test
    void eachTierIsShuffledOnceNotOnEveryLook() {
        Set<List<URI>> seen = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            TrackerTiers tiers = new TrackerTiers(List.of(List.of(A, B, C)), new Random(seed));
            List<URI> first = tiers.attemptOrder();
            assertEquals(first, tiers.attemptOrder(), "the order is stable until a tracker answers");
            seen.add(first);
        }
        assertTrue(seen.size() > 1, "50 seeds gave one order only: the tier is not shuffled");
    }

    @Test
    void theTrackerThatAnsweredMovesToTheFrontOfItsTierOnly() {
        TrackerTiers tiers = new TrackerTiers(List.of(List.of(A, B, C), List.of(D, E)), new Random(1));
        List<URI> tier0 = tiers.tiers().get(0);
        URI last = tier0.get(2);
        tiers.answered(last);
        assertEquals(List.of(last, tier0.get(0), tier0.get(1)), tiers.tiers().get(0));
        List<URI> tier1 = tiers.tiers().get(1);
        tiers.answered(tier1.get(1));
        assertEquals(List.of(last, tier0.get(0), tier0.get(1)), tiers.tiers().get(0), "tier 0 is untouched");
        assertEquals(List.of(tier1.get(1), tier1.get(0)), tiers.tiers().get(1));
        assertEquals(1, tiers.tierOf(tier1.get(0)));
    }

    @Test
    void duplicatesAndEmptyTiersAreDropped() {
        TrackerTiers tiers = new TrackerTiers(List.of(List.of(), List.of(A, A), List.of(B, A)), new Random(0));
        assertEquals(List.of(List.of(A), List.of(B)), tiers.tiers());
    }

    @Test
    void aStrangerCannotAnswer() {
        TrackerTiers tiers = TrackerTiers.single(A);
        assertThrows(IllegalArgumentException.class, () -> tiers.answered(B));
        assertEquals(-1, tiers.tierOf(B));
    }
}
