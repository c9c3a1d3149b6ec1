package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Set;

import org.junit.jupiter.api.Test;

import minitorrent.storage.PieceLayout;

class PieceAssemblyTest {

    private static final int BLOCK = PieceLayout.BLOCK_SIZE;
    private static final PeerKey HONEST = new PeerKey(InetAddress.getLoopbackAddress(), 6881);
    private static final PeerKey BANNED = new PeerKey(InetAddress.getLoopbackAddress(), 6882);

    @Test
    void theBlocksOfABannedPeerAreDroppedAndAskedForAgain() {
        PieceAssembly assembly = new PieceAssembly(3, new byte[3 * BLOCK]);
        for (int block = 0; block < 3; block++) {
            assertEquals(block, assembly.nextUnrequested());
            assembly.requested(block);
            assembly.released(block);
            assembly.receive(block, ByteBuffer.allocate(BLOCK), block == 1 ? BANNED : HONEST);
        }
        assertTrue(assembly.isComplete());
        assertArrayEquals(new PeerKey[] {HONEST, BANNED, HONEST}, assembly.blockSenders());

        assembly.dropBlocksFrom(BANNED);

        assertFalse(assembly.isComplete());
        assertEquals(1, assembly.nextUnrequested());
        assertEquals(Set.of(HONEST), assembly.senders());
        assertTrue(assembly.receive(1, ByteBuffer.allocate(BLOCK), HONEST), "the block is taken again");
        assertTrue(assembly.isComplete());
    }
}
