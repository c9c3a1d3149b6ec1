package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.metainfo.TorrentFixture.FileSpec;
import org.junit.jupiter.api.Test;

/** A torrent of several files in a folder ('files'): paths, lengths, offsets and pieces across files. */
class MultiFileTorrentTest {

    private static final int PIECE_LENGTH = 32 * 1024;
    private static final byte[] FIRST = TorrentFixture.randomBytes(10, 50_000);
    private static final byte[] SECOND = TorrentFixture.randomBytes(11, 7);
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] THIRD = TorrentFixture.randomBytes(12, 70_000);

    private final TorrentFixture fixture = TorrentFixture.multiFile("album", PIECE_LENGTH,
            FileSpec.of(FIRST, "cd1", "01 intro.flac"),
            FileSpec.of(SECOND, "cover.jpg"),
            FileSpec.of(EMPTY, "cd1", "empty.cue"),
            FileSpec.of(THIRD, "cd2", "bonus", "02 outro.flac"));

    @Test
    void folderNameAndFilePathsInTorrentOrder() throws InvalidTorrentException {
        Torrent torrent = fixture.parse();
        assertEquals("album", torrent.name());
        assertTrue(torrent.isMultiFile());
        assertEquals(List.of("cd1/01 intro.flac", "cover.jpg", "cd1/empty.cue", "cd2/bonus/02 outro.flac"),
                torrent.files().stream().map(TorrentFile::pathString).toList());
        assertEquals(List.of("cd2", "bonus", "02 outro.flac"), torrent.files().get(3).path());
        assertEquals(List.of(), torrent.warnings());
    }

    @Test
    void lengthsAndOffsetsFollowEachOther() throws InvalidTorrentException {
        List<TorrentFile> files = fixture.parse().files();
        assertEquals(List.of((long) FIRST.length, (long) SECOND.length, 0L, (long) THIRD.length),
                files.stream().map(TorrentFile::length).toList());
        assertEquals(List.of(0L, 50_000L, 50_007L, 50_007L), files.stream().map(TorrentFile::offset).toList());
        assertEquals(120_007L, files.getLast().endOffset());
    }

    @Test
    void piecesSpanTheConcatenatedFiles() throws InvalidTorrentException {
        Torrent torrent = fixture.parse();
        assertEquals(120_007L, torrent.totalLength());
        assertEquals(4, torrent.pieceCount());
        assertEquals(120_007 - 3 * PIECE_LENGTH, torrent.pieceSize(3));
        byte[] secondPiece = Arrays.copyOfRange(fixture.content(), PIECE_LENGTH, 2 * PIECE_LENGTH);
        assertTrue(torrent.pieces().matches(1, TorrentFixture.sha1(secondPiece)));
    }

    @Test
    void infoHashIsTheSha1OfTheInfoDictionary() throws InvalidTorrentException {
        assertEquals(fixture.expectedInfoHash(), fixture.parse().infoHash());
    }

    @Test
    void aFolderOfOneFileIsStillMultiFile() throws InvalidTorrentException {
        Torrent torrent = TorrentFixture.multiFile("folder", PIECE_LENGTH, FileSpec.of(SECOND, "only.txt")).parse();
        assertTrue(torrent.isMultiFile());
        assertEquals("folder", torrent.name());
        assertEquals(List.of("only.txt"), torrent.files().getFirst().path());
    }

    @Test
    void padFilesAreFlaggedByAttributeOrByName() throws InvalidTorrentException {
        byte[] padding = new byte[PIECE_LENGTH - SECOND.length];
        Torrent torrent = TorrentFixture.multiFile("padded", PIECE_LENGTH,
                FileSpec.of(SECOND, "a.txt"),
                FileSpec.of(padding, ".pad", String.valueOf(padding.length)).withAttr("p"),
                FileSpec.of(SECOND, "b.txt"),
                FileSpec.of(padding, "_____padding_file_0_if you see this file, please update to BitComet 0.85 or above"),
                FileSpec.of(SECOND, "c.txt").withAttr("x")).parse();
        assertEquals(List.of(false, true, false, true, false), torrent.files().stream().map(TorrentFile::padFile).toList());
        assertEquals(PIECE_LENGTH, torrent.files().get(2).offset());
    }

    @Test
    void pathUtf8TakesPrecedenceOverPath() throws InvalidTorrentException {
        TorrentFixture withUtf8 = TorrentFixture.multiFile("mixed", PIECE_LENGTH, FileSpec.of(SECOND, "x"));
        withUtf8.info("files", TorrentFixture.list(BencodeDictionary.builder()
                .put("length", SECOND.length)
                .put("path", TorrentFixture.strings("legacy name.txt"))
                .put("path.utf-8", TorrentFixture.strings("Müller", "Straße.txt"))
                .build()));
        Torrent torrent = withUtf8.parse();
        assertEquals(List.of("Müller", "Straße.txt"), torrent.files().getFirst().path());
        assertFalse(torrent.files().getFirst().padFile());
    }
}
