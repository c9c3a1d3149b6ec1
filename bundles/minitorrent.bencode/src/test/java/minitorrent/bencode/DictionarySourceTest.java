package minitorrent.bencode;

import static minitorrent.bencode.Inputs.bytes;
import static minitorrent.bencode.Inputs.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;

/**
 * The info hash must come from the original bytes of the info dictionary (BEP 3), so decoded
 * dictionaries give their exact source range, also when their keys were not sorted.
 */
class DictionarySourceTest {

    /** An info dictionary whose keys are out of order, as some real torrents have. */
    private static final String UNSORTED_INFO = "d4:name4:file6:lengthi5e12:piece lengthi16384e6:pieces20:"
            + "\u0001".repeat(20) + "e";
    private static final String PREFIX = "d8:announce22:http://127.0.0.1:1/ann4:info";
    private static final String TORRENT = PREFIX + UNSORTED_INFO + "e";

    @Test
    void infoHashIsTakenOverTheOriginalBytes() throws Exception {
        DecodeResult result = new BencodeDecoder().decode(bytes(TORRENT));
        BencodeDictionary info = (BencodeDictionary) ((BencodeDictionary) result.value()).get("info").orElseThrow();
        ByteSpan source = info.source().orElseThrow();

        assertEquals(PREFIX.length(), source.offset());
        assertEquals(UNSORTED_INFO.length(), source.length());
        assertEquals(UNSORTED_INFO, text(source.toByteArray()));

        MessageDigest digest = sha1();
        source.update(digest);
        byte[] infoHash = digest.digest();
        assertArrayEquals(sha1().digest(bytes(UNSORTED_INFO)), infoHash);
        assertFalse(result.warnings().isEmpty());
        assertFalse(MessageDigest.isEqual(sha1().digest(BencodeEncoder.encode(info)), infoHash),
                "a re-encoding sorts the keys and so would give another hash");
    }

    @Test
    void everyDecodedDictionaryKnowsItsRange() throws BencodeException {
        String inner = "d1:xi1ee";
        String input = "ld1:a" + inner + "ee";
        BencodeList list = (BencodeList) new BencodeDecoder().decode(bytes(input)).value();
        BencodeDictionary outer = (BencodeDictionary) list.values().get(0);
        assertEquals(1, outer.source().orElseThrow().offset());
        assertEquals(input.length() - 2, outer.source().orElseThrow().length());
        ByteSpan innerSource = ((BencodeDictionary) outer.get("a").orElseThrow()).source().orElseThrow();
        assertEquals(input.indexOf(inner), innerSource.offset());
        assertEquals(inner, text(innerSource.toByteArray()));
    }

    @Test
    void builtDictionaryHasNoSource() {
        assertTrue(BencodeDictionary.builder().put("a", 1).build().source().isEmpty());
    }

    @Test
    void sourceIsAnImmutableView() throws BencodeException {
        ByteSpan source = ((BencodeDictionary) new BencodeDecoder().decode(bytes("d1:ai1ee")).value())
                .source().orElseThrow();
        byte[] copy = source.toByteArray();
        copy[0] = 'x';
        assertEquals("d1:ai1ee", text(source.toByteArray()));
        ByteBuffer view = source.asReadOnlyBuffer();
        assertTrue(view.isReadOnly());
        assertEquals(8, view.remaining());
        assertEquals('d', view.get(0));
        assertThrows(java.nio.ReadOnlyBufferException.class, () -> view.put(0, (byte) 'x'));
    }

    @Test
    void spansAreEqualWhenOffsetAndContentAre() throws BencodeException {
        BencodeDecoder decoder = new BencodeDecoder();
        ByteSpan first = ((BencodeDictionary) decoder.decode(bytes("d1:ai1ee")).value()).source().orElseThrow();
        ByteSpan second = ((BencodeDictionary) decoder.decode(bytes("d1:ai1ee")).value()).source().orElseThrow();
        ByteSpan other = ((BencodeDictionary) decoder.decode(bytes("d1:ai2ee")).value()).source().orElseThrow();
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, other);
    }

    private static MessageDigest sha1() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-1");
    }
}
