package minitorrent.bencode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Torrent-sized inputs decode correctly and without anything quadratic: the time bounds are
 * loose on purpose (a cold JVM on a slow machine), the benchmarks in src/jmh measure properly.
 */
class LargeTorrentDecodingTest {

    private static final Duration LOOSE_BOUND = Duration.ofSeconds(5);
    private final BencodeDecoder decoder = new BencodeDecoder();

    @Test
    void torrentWithOneHundredFiftyThousandPieces() throws Exception {
        TorrentShapes.Torrent torrent = TorrentShapes.withPieces(150_000, 1);
        DecodeResult result = assertTimeout(LOOSE_BOUND, () -> decoder.decode(torrent.bytes()));

        assertEquals(List.of(), result.warnings());
        BencodeDictionary info = info(result);
        assertArrayEquals(torrent.pieces(), ((BencodeString) info.get("pieces").orElseThrow()).bytes());
        assertInfoHashIsOverTheOriginalBytes(torrent, info);
    }

    @Test
    void torrentWithOneHundredThousandFiles() throws Exception {
        TorrentShapes.Torrent torrent = TorrentShapes.withFiles(100_000, 2);
        DecodeResult result = assertTimeout(LOOSE_BOUND, () -> decoder.decode(torrent.bytes()));

        BencodeDictionary info = info(result);
        List<BencodeValue> files = ((BencodeList) info.get("files").orElseThrow()).values();
        assertEquals(100_000, files.size());
        BencodeDictionary last = (BencodeDictionary) files.get(99_999);
        assertEquals(BencodeList.of(BencodeString.of("dir99"), BencodeString.of("file-99999.dat")),
                last.get("path").orElseThrow());
        assertInfoHashIsOverTheOriginalBytes(torrent, info);
    }

    private static BencodeDictionary info(DecodeResult result) {
        return (BencodeDictionary) ((BencodeDictionary) result.value()).get("info").orElseThrow();
    }

    private static void assertInfoHashIsOverTheOriginalBytes(TorrentShapes.Torrent torrent, BencodeDictionary info)
            throws Exception {
        byte[] infoBytes = Arrays.copyOfRange(torrent.bytes(), torrent.infoOffset(),
                torrent.infoOffset() + torrent.infoLength());
        MessageDigest digest = MessageDigest.getInstance("SHA-1");
        info.source().orElseThrow().update(digest);
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(infoBytes), digest.digest());
    }
}
