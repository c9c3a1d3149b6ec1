package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import minitorrent.storage.PieceLayout;

class SmartBanTest {

    private static final int BLOCK = PieceLayout.BLOCK_SIZE;
    private static final PeerKey HONEST = peer(6881);
    private static final PeerKey SPOILER = peer(6882);
    private static final PeerKey OTHER = peer(6883);

    /** 3 blocks and a short last one. */
    private final byte[] good = randomBytes(3 * BLOCK + 1000, 1);

    @Test
    void digestsEachBlockOfThePieceEndToEndWithoutMovingTheBuffer() throws Exception {
        ByteBuffer piece = ByteBuffer.wrap(good);
        byte[] digests = SmartBan.blockDigests(piece);
        assertEquals(4 * 20, digests.length);
        assertArrayEquals(sha1(good, 3 * BLOCK, good.length), Arrays.copyOfRange(digests, 60, 80), "the short last block");
        assertArrayEquals(sha1(good, BLOCK, 2 * BLOCK), Arrays.copyOfRange(digests, 20, 40));
        assertEquals(0, piece.position());
        assertEquals(good.length, piece.limit());
    }

    @Test
    void namesTheSenderOfTheBlockThatDifferedWhenThePiecePasses() {
        SmartBan smartBan = new SmartBan();
        byte[] spoiled = good.clone();
        spoiled[2 * BLOCK + 7] ^= 1;
        smartBan.failed(4, new PeerKey[] {HONEST, OTHER, SPOILER, HONEST}, SmartBan.blockDigests(ByteBuffer.wrap(spoiled)));
        assertTrue(smartBan.isSuspect(4));

        assertEquals(Set.of(SPOILER), smartBan.passed(4, SmartBan.blockDigests(ByteBuffer.wrap(good))));
        assertFalse(smartBan.isSuspect(4), "forgotten once it passed");
        assertEquals(Set.of(), smartBan.passed(4, SmartBan.blockDigests(ByteBuffer.wrap(good))));
    }

    @Test
    void everyFailedTryOfThePieceCounts() {
        SmartBan smartBan = new SmartBan();
        byte[] first = good.clone();
        first[0] ^= 1;
        byte[] second = good.clone();
        second[good.length - 1] ^= 1;
        smartBan.failed(0, new PeerKey[] {SPOILER, HONEST, HONEST, HONEST}, SmartBan.blockDigests(ByteBuffer.wrap(first)));
        smartBan.failed(0, new PeerKey[] {HONEST, HONEST, HONEST, OTHER}, SmartBan.blockDigests(ByteBuffer.wrap(second)));

        assertEquals(Set.of(SPOILER, OTHER), smartBan.passed(0, SmartBan.blockDigests(ByteBuffer.wrap(good))));
    }

    @Test
    void aPieceThatNeverFailedNamesNobody() {
        SmartBan smartBan = new SmartBan();
        assertFalse(smartBan.isSuspect(9));
        assertEquals(Set.of(), smartBan.passed(9, SmartBan.blockDigests(ByteBuffer.wrap(good))));
    }

    @Test
    void forgetsTheOldestPiecesBeyondItsBound() {
        SmartBan smartBan = new SmartBan();
        byte[] digests = new byte[64 * 20];
        PeerKey[] senders = new PeerKey[64];
        Arrays.fill(senders, SPOILER);
        int pieces = SmartBan.MAX_REMEMBERED_BLOCKS / 64;
        for (int piece = 0; piece <= pieces; piece++) {
            smartBan.failed(piece, senders, digests);
        }
        assertFalse(smartBan.isSuspect(0), "the oldest was forgotten");
        assertTrue(smartBan.isSuspect(1));
        assertTrue(smartBan.isSuspect(pieces));
    }

    @Test
    void refusesSendersAndDigestsOfDifferentBlockCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SmartBan().failed(0, new PeerKey[] {HONEST, SPOILER}, new byte[20]));
        assertEquals("2 senders for 1 block digests", e.getMessage());
    }

    private static PeerKey peer(int port) {
        return new PeerKey(InetAddress.getLoopbackAddress(), port);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha1(byte[] bytes, int from, int to) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(bytes, from, to - from);
        return sha1.digest();
    }
}
