package minitorrent.bencode;

import static minitorrent.bencode.Inputs.bytes;
import static minitorrent.bencode.Inputs.decodeError;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The limits that keep hostile input from costing unbounded time, memory or stack. */
class DecoderLimitsTest {

    @Test
    void defaultsAreThoseOfLibtorrent() {
        assertEquals(new DecoderLimits(100, 3_000_000, 10 * 1024 * 1024), DecoderLimits.DEFAULT);
    }

    @Test
    void rejectsLimitsThatAcceptNothing() {
        assertThrows(IllegalArgumentException.class, () -> new DecoderLimits(-1, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new DecoderLimits(10, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new DecoderLimits(10, 10, 0));
    }

    @Test
    void depthUpToTheLimitIsAccepted() {
        assertDoesNotThrow(() -> new BencodeDecoder().decode(bytes("l".repeat(100) + "e".repeat(100))));
    }

    @Test
    void depthPastTheLimitIsRejectedAtTheContainerThatGoesTooDeep() {
        BencodeException error = decodeError("l".repeat(101) + "e".repeat(101));
        assertEquals("nesting deeper than the limit of 100", error.problem());
        assertEquals(100, error.offset());
    }

    @Test
    void dictionariesCountTowardsDepth() {
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxDepth(2));
        assertDoesNotThrow(() -> decoder.decode(bytes("d1:ad1:bi1eee")));
        BencodeException error = decodeError(decoder, "d1:ad1:bleee");
        assertEquals(8, error.offset());
    }

    @Test
    void depthZeroAllowsOnlyScalars() {
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxDepth(0));
        assertDoesNotThrow(() -> decoder.decode(bytes("i1e")));
        assertEquals(0, decodeError(decoder, "le").offset());
    }

    @Test
    void hugeDepthWithAHighLimitDoesNotOverflowTheStack() {
        int depth = 1_000_000;
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxDepth(depth));
        assertDoesNotThrow(() -> decoder.decode(bytes("l".repeat(depth) + "e".repeat(depth))));
    }

    @Test
    void tokensUpToTheLimitAreAccepted() {
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxTokens(3));
        assertDoesNotThrow(() -> decoder.decode(bytes("li1ei2ee")));
    }

    @Test
    void tokensPastTheLimitAreRejectedAtTheFirstOneTooMany() {
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxTokens(3));
        BencodeException error = decodeError(decoder, "li1ei2ei3ee");
        assertEquals("more than the limit of 3 values", error.problem());
        assertEquals(7, error.offset());
    }

    @Test
    void dictionaryKeysAreTokensToo() {
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxTokens(2));
        assertEquals(4, decodeError(decoder, "d1:ai1ee").offset());
    }

    @Test
    void defaultTokenLimitHoldsAtThreeMillion() {
        int limit = DecoderLimits.DEFAULT.maxTokens();
        assertDoesNotThrow(() -> new BencodeDecoder().decode(bytes("l" + "i0e".repeat(limit - 1) + "e")));
        BencodeException error = decodeError("l" + "i0e".repeat(limit) + "e");
        assertEquals(1 + 3L * (limit - 1), error.offset());
    }

    @Test
    void inputAtTheSizeLimitIsAcceptedAndOneByteMoreIsNot() {
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxBytes(10));
        assertDoesNotThrow(() -> decoder.decode(bytes("8:abcdefgh")));
        BencodeException error = decodeError(decoder, "9:abcdefghi");
        assertEquals("input is larger than the limit of 10 bytes", error.problem());
        assertEquals(10, error.offset());
    }

    @Test
    void sizeLimitAppliesToBuffersAndStreams() {
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxBytes(10));
        assertThrows(BencodeException.class, () -> decoder.decode(java.nio.ByteBuffer.wrap(bytes("9:abcdefghi"))));
        assertThrows(BencodeException.class,
                () -> decoder.decode(new java.io.ByteArrayInputStream(bytes("9:abcdefghi"))));
    }

    @Test
    void streamIsReadAtMostOneBytePastTheLimit() {
        EndlessStream endless = new EndlessStream();
        BencodeDecoder decoder = new BencodeDecoder(DecoderLimits.DEFAULT.withMaxBytes(1000));
        BencodeException error = assertThrows(BencodeException.class, () -> decoder.decode(endless));
        assertEquals(1000, error.offset());
        assertTrue(endless.served <= 1001, "read " + endless.served + " bytes");
    }

    /** A stream that never ends, counting what it serves. */
    private static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'l';
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            java.util.Arrays.fill(target, offset, offset + length, (byte) 'l');
            served += length;
            return length;
        }
    }
}
