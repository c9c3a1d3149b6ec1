package minitorrent.bencode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded random values: encode, decode, compare; the canonical bytes are a fixed point. */
class RoundTripTest {

    private static final int VALUES = 3000;
    private final BencodeDecoder decoder = new BencodeDecoder();

    @Test
    void decodingTheEncodingGivesTheValueBackWithoutWarnings() throws BencodeException {
        RandomValues random = new RandomValues(20_240_601);
        for (int i = 0; i < VALUES; i++) {
            BencodeValue value = random.value(5);
            DecodeResult result = decoder.decode(BencodeEncoder.encode(value));
            assertEquals(value, result.value(), () -> "value " + value);
            assertEquals(List.of(), result.warnings());
        }
    }

    @Test
    void canonicalBytesReencodeToThemselves() throws BencodeException {
        RandomValues random = new RandomValues(99);
        for (int i = 0; i < VALUES; i++) {
            byte[] canonical = BencodeEncoder.encode(random.value(5));
            assertArrayEquals(canonical, BencodeEncoder.encode(decoder.decode(canonical).value()));
        }
    }

    @Test
    void streamAndArrayEncodingsAgree() throws IOException {
        RandomValues random = new RandomValues(5);
        for (int i = 0; i < VALUES; i++) {
            BencodeValue value = random.value(4);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BencodeEncoder.encode(value, out);
            assertArrayEquals(BencodeEncoder.encode(value), out.toByteArray());
        }
    }
}
