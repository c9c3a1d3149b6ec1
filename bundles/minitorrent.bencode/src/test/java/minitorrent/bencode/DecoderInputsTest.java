package minitorrent.bencode;

import static minitorrent.bencode.Inputs.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The three kinds of input give the same values, and the caller's input is neither kept nor moved. */
class DecoderInputsTest {

    private static final String TORRENT_LIKE = "d4:infod4:name4:file6:lengthi5ee3:key5:valuee";
    private final BencodeDecoder decoder = new BencodeDecoder();

    @Test
    void arrayBufferAndStreamDecodeAlike() throws Exception {
        BencodeValue fromArray = decoder.decode(bytes(TORRENT_LIKE)).value();
        assertEquals(fromArray, decoder.decode(ByteBuffer.wrap(bytes(TORRENT_LIKE))).value());
        ByteBuffer direct = ByteBuffer.allocateDirect(TORRENT_LIKE.length()).put(bytes(TORRENT_LIKE)).flip();
        assertEquals(fromArray, decoder.decode(direct).value());
        assertEquals(fromArray, decoder.decode(new ByteArrayInputStream(bytes(TORRENT_LIKE))).value());
    }

    @Test
    void changingTheArrayAfterDecodingDoesNotChangeTheValue() throws BencodeException {
        byte[] input = bytes("l4:spami7ee");
        BencodeValue value = decoder.decode(input).value();
        Arrays.fill(input, (byte) 'x');
        assertEquals(BencodeList.of(BencodeString.of("spam"), new BencodeInteger(7)), value);
    }

    @Test
    void bufferIsReadFromItsPositionWhichDoesNotMove() throws BencodeException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes("junkd1:ai1ee")).position(4).asReadOnlyBuffer();
        BencodeDictionary dictionary = (BencodeDictionary) decoder.decode(buffer).value();
        assertEquals(4, buffer.position());
        assertEquals(0, dictionary.source().orElseThrow().offset(), "offsets count from the position");
        assertEquals(new BencodeInteger(1), dictionary.get("a").orElseThrow());
    }

    @Test
    void bufferErrorOffsetsCountFromThePosition() {
        ByteBuffer buffer = ByteBuffer.wrap(bytes("junki01e")).position(4);
        BencodeException error = assertThrows(BencodeException.class, () -> decoder.decode(buffer));
        assertEquals(0, error.offset());
    }

    @Test
    void bufferLimitEndsTheInput() throws BencodeException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes("i12e34")).limit(4);
        assertEquals(new BencodeInteger(12), decoder.decode(buffer).value());
    }

    @Test
    void streamIsReadToItsEndSoTrailingBytesAreAnError() {
        BencodeException error = assertThrows(BencodeException.class,
                () -> decoder.decode(new ByteArrayInputStream(bytes("i1ei2e"))));
        assertEquals(3, error.offset());
    }

    @Test
    void streamIsNotClosed() throws Exception {
        boolean[] closed = {false};
        InputStream stream = new ByteArrayInputStream(bytes("i1e")) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        decoder.decode(stream);
        assertFalse(closed[0]);
    }

    @Test
    void streamFailureIsReportedAsIoException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertEquals("disk gone", assertThrows(IOException.class, () -> decoder.decode(failing)).getMessage());
    }
}
