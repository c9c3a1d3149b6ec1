package minitorrent.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * What must hold when the message decoder meets any bytes whatsoever, shared by the Jazzer fuzz
 * test and the seeded mutation test. The first input byte picks the chunk size (1 to 256) the
 * rest is fed in, as a network would cut it; the torrent is {@link Messages#SHAPE} and the extended
 * limit {@value #MAX_EXTENDED}. Then:
 * <ul>
 * <li>the decoder throws nothing but {@link PeerProtocolException} (anything else escapes and
 * fails the caller);</li>
 * <li>it never holds more than {@link #MAX_BUFFER} bytes: the length prefix, the buffer it keeps
 * for PIECE bodies split across chunks (8 + 16384 bytes) and the body of another message being
 * assembled, at most the longest lawful one (an EXTENDED body of {@value #MAX_EXTENDED} - 1
 * bytes), worked out here from BEP 3 and BEP 10, not asked of the decoder;</li>
 * <li>every call makes progress: it takes at least one byte and returns a message, or takes the
 * rest of the chunk and returns nothing, so the loop ends after one call a byte and one a chunk
 * at most (no hang);</li>
 * <li>every message it returns re-encodes to exactly the bytes just before where it stopped,
 * since each message has only one wire form (skipped unknown messages may come before them).</li>
 * </ul>
 */
final class DecoderInvariants {

    static final int MAX_EXTENDED = 1024;
    static final int MAX_BUFFER = 4 + (8 + 16 * 1024) + (MAX_EXTENDED - 1);

    private DecoderInvariants() {
    }

    static void check(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int chunkSize = 1 + Byte.toUnsignedInt(input[0]);
        byte[] stream = Arrays.copyOfRange(input, 1, input.length);
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE, MAX_EXTENDED);
        int calls = 0;
        int maxCalls = stream.length + stream.length / chunkSize + 2;
        try {
            for (int start = 0; start < stream.length; start += chunkSize) {
                ByteBuffer chunk = ByteBuffer.wrap(stream, start, Math.min(chunkSize, stream.length - start));
                while (true) {
                    assertTrue(++calls <= maxCalls, "no progress after " + calls + " calls");
                    int before = chunk.position();
                    Optional<PeerMessage> message = decoder.decode(chunk);
                    assertTrue(decoder.bufferCapacity() <= MAX_BUFFER, "holds " + decoder.bufferCapacity() + " bytes");
                    if (message.isEmpty()) {
                        assertFalse(chunk.hasRemaining(), "returned nothing but left bytes");
                        break;
                    }
                    assertTrue(chunk.position() > before, "a message without taking a byte");
                    byte[] encoded = PeerMessageEncoder.encode(message.get()).array();
                    int end = chunk.position();
                    assertTrue(end >= encoded.length);
                    assertArrayEquals(encoded, Arrays.copyOfRange(stream, end - encoded.length, end),
                            () -> message.get() + " is not what was on the wire");
                }
            }
        } catch (PeerProtocolException e) {
            assertFalse(e.getMessage().isBlank(), "a protocol error has a reason");
        }
    }
}
