package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeString;
import minitorrent.metainfo.InfoHash;
import minitorrent.storage.internal.FileStamp;
import minitorrent.storage.internal.ResumeData;

class ResumeDataTest {

    private static final InfoHash HASH = InfoHash.fromHex("0123456789abcdef0123456789abcdef01234567");

    @Test
    void piecesAreABep3BitfieldAndEverythingComesBack() throws Exception {
        BitSet pieces = new BitSet();
        pieces.set(0);
        pieces.set(9);
        pieces.set(10);
        ResumeData data = new ResumeData(HASH, 11, pieces, List.of(new FileStamp(5, 1_700_000_000_123_456_789L), FileStamp.ABSENT));
        byte[] encoded = data.encode();
        BencodeDictionary top = (BencodeDictionary) new BencodeDecoder().decode(encoded).value();
        // Piece 0 is the high bit of byte 0; pieces 9 and 10 are bits 6 and 5 (0x40 | 0x20) of byte 1.
        assertArrayEquals(new byte[] {(byte) 0x80, 0x60}, ((BencodeString) top.get("pieces").orElseThrow()).bytes());
        assertEquals(data, ResumeData.decode(encoded).orElseThrow());
    }

    @Test
    void aBitfieldOfTheWrongLengthIsNotResumeData() {
        byte[] encoded = new ResumeData(HASH, 11, new BitSet(), List.of()).encode();
        String text = new String(encoded, java.nio.charset.StandardCharsets.ISO_8859_1).replace("11:piece counti11e", "11:piece counti20e");
        assertTrue(ResumeData.decode(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(ResumeData.decode(new byte[] {'i', '1', 'e'}).isEmpty());
    }
}
