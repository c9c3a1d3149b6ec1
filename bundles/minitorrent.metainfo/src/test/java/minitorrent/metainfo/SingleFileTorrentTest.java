package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A torrent of one file ('length'): name, length, pieces and info hash as the user sees them. */
class SingleFileTorrentTest {

    private static final int PIECE_LENGTH = 16 * 1024;
    /** Five full pieces and a short sixth one of 1,000 bytes. */
    private static final byte[] CONTENT = TorrentFixture.randomBytes(1, 5 * PIECE_LENGTH + 1_000);

    private final TorrentFixture fixture = TorrentFixture.singleFile("report.pdf", CONTENT, PIECE_LENGTH);

    @Test
    void nameAndTheOneFile() throws InvalidTorrentException {
        Torrent torrent = fixture.parse();
        assertEquals("report.pdf", torrent.name());
        assertFalse(torrent.isMultiFile());
        TorrentFile file = torrent.files().getFirst();
        assertEquals(1, torrent.files().size());
        assertEquals(List.of("report.pdf"), file.path());
        assertEquals(List.of("report.pdf"), file.originalPath());
        assertEquals(CONTENT.length, file.length());
        assertEquals(0, file.offset());
        assertEquals(CONTENT.length, file.endOffset());
        assertFalse(file.padFile());
        assertEquals(CONTENT.length, torrent.totalLength());
    }

    @Test
    void piecesAndTheShortLastPiece() throws InvalidTorrentException {
        Torrent torrent = fixture.parse();
        assertEquals(PIECE_LENGTH, torrent.pieceLength());
        assertEquals(6, torrent.pieceCount());
        assertEquals(PIECE_LENGTH, torrent.pieceSize(0));
        assertEquals(PIECE_LENGTH, torrent.pieceSize(4));
        assertEquals(1_000, torrent.pieceSize(5));
        assertThrows(IndexOutOfBoundsException.class, () -> torrent.pieceSize(6));
        assertThrows(IndexOutOfBoundsException.class, () -> torrent.pieceSize(-1));
    }

    @Test
    void pieceHashesMatchTheContent() throws InvalidTorrentException {
        Torrent torrent = fixture.parse();
        byte[] lastPiece = Arrays.copyOfRange(CONTENT, 5 * PIECE_LENGTH, CONTENT.length);
        assertTrue(torrent.pieces().matches(5, TorrentFixture.sha1(lastPiece)));
        assertFalse(torrent.pieces().matches(4, TorrentFixture.sha1(lastPiece)));
        assertArrayEquals(TorrentFixture.pieceHashes(CONTENT, PIECE_LENGTH), torrent.pieces().concatenated());
    }

    @Test
    void exactlyFullLastPiece() throws InvalidTorrentException {
        byte[] content = TorrentFixture.randomBytes(2, 4 * PIECE_LENGTH);
        Torrent torrent = TorrentFixture.singleFile("even.bin", content, PIECE_LENGTH).parse();
        assertEquals(4, torrent.pieceCount());
        assertEquals(PIECE_LENGTH, torrent.pieceSize(3));
    }

    @Test
    void infoHashIsTheSha1OfTheInfoDictionary() throws InvalidTorrentException {
        Torrent torrent = fixture.parse();
        assertEquals(InfoHash.of(TorrentFixture.sha1(fixture.infoBytes())), torrent.infoHash());
        assertArrayEquals(fixture.infoBytes(), torrent.infoBytes());
        assertEquals(List.of(), torrent.warnings());
    }

    @Test
    void infoHashDoesNotDependOnKeysOutsideInfo() throws InvalidTorrentException {
        InfoHash plain = fixture.parse().infoHash();
        InfoHash commented = fixture.top("comment", "other words").top("announce", "http://127.0.0.1:1/a").parse().infoHash();
        assertEquals(plain, commented);
    }

    @Test
    void infoHashChangesWithTheInfoDictionary() throws InvalidTorrentException {
        InfoHash plain = fixture.parse().infoHash();
        assertFalse(plain.equals(fixture.info("private", 1).parse().infoHash()));
    }

    @Test
    void parsesAFile(@TempDir Path folder) throws IOException, InvalidTorrentException {
        Path file = Files.write(folder.resolve("report.torrent"), fixture.bytes());
        Torrent torrent = new TorrentParser().parse(file);
        assertEquals(fixture.expectedInfoHash(), torrent.infoHash());
        assertEquals("report.pdf", torrent.name());
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path folder) {
        assertThrows(NoSuchFileException.class, () -> new TorrentParser().parse(folder.resolve("absent.torrent")));
    }
}
