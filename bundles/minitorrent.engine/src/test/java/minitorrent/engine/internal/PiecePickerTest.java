package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PiecePickerTest {

    private static BitSet pieces(int... indexes) {
        BitSet set = new BitSet();
        for (int index : indexes) {
            set.set(index);
        }
        return set;
    }

    private static BitSet all(int count) {
        BitSet set = new BitSet();
        set.set(0, count);
        return set;
    }

    /** A picker past its random start: the first few pieces are had. */
    private static PiecePicker pastRandomStart(int count) {
        PiecePicker picker = new PiecePicker(count, new Random(1));
        picker.setHad(pieces(0, 1, 2, 3));
        return picker;
    }

    @Test
    void theRarestPieceAmongThePeersIsPickedFirst() {
        PiecePicker picker = pastRandomStart(10);
        picker.peerHas(all(10));
        picker.peerHas(all(10));
        picker.peerHas(pieces(4, 5, 6, 8, 9));
        picker.peerHas(pieces(4, 5, 6, 9));

        assertEquals(7, picker.pick(all(10)), "piece 7 is held by two peers, every other missing one by three or four");
    }

    @Test
    void tiesAreBrokenAtRandomSoPeersDoNotAllWantTheSamePiece() {
        Set<Integer> picked = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            PiecePicker picker = new PiecePicker(20, new Random(seed));
            picker.setHad(pieces(0, 1, 2, 3));
            picker.peerHas(all(20));
            picked.add(picker.pick(all(20)));
        }
        assertTrue(picked.size() > 5, "equally rare pieces are picked at random: " + picked);
    }

    @Test
    void higherPriorityComesBeforeRarityAndSkippedPiecesNeverCome() {
        PiecePicker picker = pastRandomStart(10);
        picker.peerHas(all(10));
        picker.peerHas(pieces(5));
        picker.setPriority(9, 2);
        picker.setPriority(5, 0);

        assertEquals(9, picker.pick(all(10)));
        picker.start(9);
        int next = picker.pick(all(10));
        assertTrue(next != 5 && next != 9, "neither the skipped nor the started piece: " + next);
        assertFalse(picker.wantsAnyOf(pieces(0, 5)), "a peer with only had and skipped pieces is not interesting");
    }

    @Test
    void sequentialModeTakesPiecesInOrderAndOnlyWhatThePeerHas() {
        PiecePicker picker = new PiecePicker(10, new Random(2));
        picker.setSequential(true);
        picker.peerHas(all(10));
        assertEquals(0, picker.pick(all(10)));
        picker.start(0);
        assertEquals(1, picker.pick(all(10)));
        assertEquals(6, picker.pick(pieces(6, 8)));
        assertEquals(-1, picker.pick(new BitSet()));
    }

    @Test
    void finishedWhenEveryWantedPieceIsHadAndAbandonedPiecesComeBack() {
        PiecePicker picker = new PiecePicker(3, new Random(3));
        picker.setPriority(2, 0);
        picker.start(0);
        picker.start(1);
        assertFalse(picker.hasUnstarted(), "pieces 0 and 1 are being fetched, 2 is skipped");
        picker.abandon(1);
        assertTrue(picker.hasUnstarted());
        picker.had(0);
        picker.had(1);
        assertTrue(picker.isFinished());
    }

    @Test
    void finishedAndUnstartedFollowEveryChangeOfPiecesAsAScanOfThemSays() {
        int count = 40;
        Random random = new Random(11);
        PiecePicker picker = new PiecePicker(count, random);
        int[] priority = new int[count];
        java.util.Arrays.fill(priority, 1);
        BitSet had = new BitSet();
        BitSet started = new BitSet();
        for (int step = 0; step < 5_000; step++) {
            int piece = random.nextInt(count);
            switch (random.nextInt(6)) {
                case 0 -> {
                    priority[piece] = random.nextInt(3);
                    picker.setPriority(piece, priority[piece]);
                }
                case 1 -> {
                    picker.start(piece);
                    started.set(piece);
                }
                case 2 -> {
                    picker.abandon(piece);
                    started.clear(piece);
                }
                case 3 -> {
                    picker.had(piece);
                    had.set(piece);
                    started.clear(piece);
                }
                case 4 -> {
                    if (random.nextInt(50) == 0) { // a recheck: some of what we had is gone
                        had.clear(random.nextInt(count), count);
                        picker.setHad(had);
                    }
                }
                default -> {
                    int picked = picker.pick(all(count));
                    assertTrue(picked == -1 || (priority[picked] > 0 && !had.get(picked) && !started.get(picked)),
                            "picked " + picked + " at step " + step);
                }
            }
            boolean finished = true;
            boolean unstarted = false;
            for (int p = 0; p < count; p++) {
                finished &= priority[p] == 0 || had.get(p);
                unstarted |= priority[p] > 0 && !had.get(p) && !started.get(p);
            }
            assertEquals(finished, picker.isFinished(), "finished at step " + step);
            assertEquals(unstarted, picker.hasUnstarted(), "unstarted at step " + step);
            assertEquals(unstarted, picker.pick(all(count)) >= 0, "something to pick at step " + step);
        }
    }
}
