package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UploadBuffersTest {

    @Test
    void aBufferGivenBackIsTakenAgainReadyForTheNextRun() {
        UploadBuffers buffers = new UploadBuffers();
        ByteBuffer first = buffers.take(48 * 1024);
        assertTrue(first.isDirect(), "the socket and the file write it without a copy of the JDK's");
        assertEquals(0, first.position());
        assertEquals(48 * 1024, first.limit());
        first.put(new byte[1000]);
        buffers.give(first);

        ByteBuffer again = buffers.take(16 * 1024);
        assertSame(first, again);
        assertEquals(0, again.position());
        assertEquals(16 * 1024, again.limit());
    }

    @Test
    void aRunLongerThanABufferGetsOneOfItsOwnThatIsNotKept() {
        UploadBuffers buffers = new UploadBuffers();
        ByteBuffer oversized = buffers.take(UploadBuffers.CAPACITY + 1);
        assertEquals(UploadBuffers.CAPACITY + 1, oversized.limit());
        buffers.give(oversized);
        assertEquals(0, buffers.spareCount());
        assertNotSame(oversized, buffers.take(UploadBuffers.CAPACITY + 1));
    }

    @Test
    void onlySoManySpareBuffersAreKept() {
        UploadBuffers buffers = new UploadBuffers();
        List<ByteBuffer> taken = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            taken.add(buffers.take(UploadBuffers.CAPACITY));
        }
        taken.forEach(buffers::give);
        assertEquals(32, buffers.spareCount(), "8 MiB of spare buffers at most, however many peers were served at once");
    }
}
