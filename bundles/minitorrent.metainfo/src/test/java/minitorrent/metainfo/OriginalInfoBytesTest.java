package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeEncoder;
import org.junit.jupiter.api.Test;

/**
 * The info hash is the SHA-1 of the info dictionary exactly as the file holds it (BEP 3): a
 * torrent whose keys are out of order must keep the hash every other client gives it, not the
 * hash of a sorted re-encoding.
 */
class OriginalInfoBytesTest {

    private static final byte[] CONTENT = "hello, world".getBytes(StandardCharsets.US_ASCII);

    @Test
    void unsortedInfoKeysKeepTheHashOfTheOriginalBytes() throws Exception {
        // 'piece length' before 'length' and 'name' last: not the order canonical bencode prescribes.
        byte[] info = concat("d12:piece lengthi16384e6:lengthi", CONTENT.length, "e6:pieces20:",
                TorrentFixture.sha1(CONTENT), "4:name5:a.txte");
        byte[] torrent = concat("d8:announce22:http://127.0.0.1:1/ann4:info", info, "e");

        Torrent parsed = new TorrentParser().parse(torrent);

        assertEquals(InfoHash.of(TorrentFixture.sha1(info)), parsed.infoHash());
        assertArrayEquals(info, parsed.infoBytes());
        byte[] canonical = BencodeEncoder.encode(new BencodeDecoder().decode(info).value());
        assertNotEquals(InfoHash.of(TorrentFixture.sha1(canonical)), parsed.infoHash(), "the test needs non-canonical input");
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.contains("at byte")), parsed.warnings()::toString);
        assertEquals("a.txt", parsed.name());
        assertEquals(CONTENT.length, parsed.totalLength());
    }

    @Test
    void canonicalInputHasNoWarnings() throws Exception {
        byte[] info = concat("d6:lengthi", CONTENT.length, "e4:name5:a.txt12:piece lengthi16384e6:pieces20:",
                TorrentFixture.sha1(CONTENT), "e");
        Torrent parsed = new TorrentParser().parse(concat("d4:info", info, "e"));
        assertEquals(InfoHash.of(TorrentFixture.sha1(info)), parsed.infoHash());
        assertEquals(List.of(), parsed.warnings());
    }

    /** Strings as ASCII, numbers in decimal, byte arrays as they are. */
    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
