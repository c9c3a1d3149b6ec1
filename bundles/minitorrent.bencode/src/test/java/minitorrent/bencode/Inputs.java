package minitorrent.bencode;

import java.nio.charset.StandardCharsets;

/** Test inputs written as text: each char below U+0100 stands for the byte of the same value. */
final class Inputs {

    private Inputs() {
    }

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The message of the exception the default decoder throws for the input; fails if it decodes. */
    static BencodeException decodeError(String latin1) {
        return decodeError(new BencodeDecoder(), latin1);
    }

    static BencodeException decodeError(BencodeDecoder decoder, String latin1) {
        return org.junit.jupiter.api.Assertions.assertThrows(BencodeException.class,
                () -> decoder.decode(bytes(latin1)), () -> "expected " + latin1 + " to be rejected");
    }

    static DecodeResult decode(String latin1) throws BencodeException {
        return new BencodeDecoder().decode(bytes(latin1));
    }
}
