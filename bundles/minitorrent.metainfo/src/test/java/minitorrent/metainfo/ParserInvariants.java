package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/**
 * What must hold for any input whatsoever, shared by the fuzz test and the random mutation test:
 * the parser refuses with an {@link InvalidTorrentException} that has a message, or it returns a
 * torrent whose files are all {@link SafePaths safe} under a download folder, whose offsets follow
 * each other, whose piece count covers the total length, and whose info hash is the SHA-1 of its
 * info bytes. Any other throwable escapes and fails the caller.
 */
final class ParserInvariants {

    /** Only resolved against, never created: the checks are lexical. */
    private static final Path DOWNLOADS = Path.of(System.getProperty("java.io.tmpdir"), "minitorrent-fuzz-downloads");

    private ParserInvariants() {
    }

    static void check(TorrentParser parser, byte[] input) {
        Torrent torrent;
        try {
            torrent = parser.parse(input);
        } catch (InvalidTorrentException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        SafePaths.assertSafe(torrent, DOWNLOADS);
        long offset = 0;
        for (TorrentFile file : torrent.files()) {
            assertEquals(offset, file.offset(), () -> file + " does not start where the previous file ended");
            assertTrue(file.length() >= 0);
            offset = file.endOffset();
        }
        assertEquals(offset, torrent.totalLength());
        assertTrue(torrent.totalLength() > 0, "a torrent holds data");
        assertTrue(torrent.pieceLength() > 0 && torrent.pieceLength() <= TorrentParser.MAX_PIECE_LENGTH);
        long pieces = torrent.pieceCount();
        assertTrue((pieces - 1) * torrent.pieceLength() < torrent.totalLength()
                && pieces * (double) torrent.pieceLength() >= torrent.totalLength(), "the pieces cover the data exactly");
        int last = torrent.pieceSize(torrent.pieceCount() - 1);
        assertTrue(last > 0 && last <= torrent.pieceLength());
        assertArrayEquals(TorrentFixture.sha1(torrent.infoBytes()), torrent.infoHash().bytes());
    }
}
