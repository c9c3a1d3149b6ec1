package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Torrents made by mktorrent 1.1 parse to what transmission-show reads from them, and to the
 * lengths of the data on disk. mktorrent sorts a folder's files by name.
 */
class MktorrentInteropTest {

    private static final String TRACKER = "http://127.0.0.1:6969/announce";
    private static final String BACKUP_A = "http://127.0.0.1:6970/announce";
    private static final String BACKUP_B = "udp://127.0.0.1:6971/announce";

    @TempDir
    Path scratch;

    private ExternalTool mktorrent;
    private ExternalTool show;
    private InteropData data;

    @BeforeEach
    void tools() throws Exception {
        mktorrent = ExternalTool.require("mktorrent", "mktorrent");
        show = ExternalTool.require("transmission-show", "transmission-cli");
        data = InteropData.create(scratch);
    }

    @Test
    void singleFile() throws Exception {
        Path torrentFile = scratch.resolve("single.torrent");
        mktorrent.run(scratch, "-a", TRACKER, "-l", "16", "-c", "made by mktorrent", "-o", torrentFile.toString(), data.singleFile().toString());
        Torrent torrent = new TorrentParser().parse(torrentFile);
        TransmissionShow reference = TransmissionShow.of(show, torrentFile);

        assertEquals(reference.infoHash(), torrent.infoHash().hex());
        assertEquals(reference.name(), torrent.name());
        assertEquals("single.bin", torrent.name());
        assertEquals(reference.files(), List.of(torrent.files().getFirst().pathString()));
        assertEquals(InteropData.SINGLE_FILE_LENGTH, torrent.totalLength());
        assertEquals(InteropData.PIECE_LENGTH, torrent.pieceLength());
        assertEquals(reference.pieceCount(), torrent.pieceCount());
        assertEquals(InteropData.pieceCount(InteropData.SINGLE_FILE_LENGTH, InteropData.PIECE_LENGTH), torrent.pieceCount());
        assertEquals(List.of(List.of(TRACKER)), torrent.trackers());
        assertEquals(reference.trackers(), torrent.trackers());
        assertEquals(Optional.of("made by mktorrent"), torrent.comment());
        assertTrue(torrent.createdBy().orElseThrow().startsWith("mktorrent"));
        assertEquals(List.of(), torrent.warnings());
    }

    @Test
    void privateFolderWithTiersWebSeedAndSource() throws Exception {
        Path torrentFile = scratch.resolve("album.torrent");
        mktorrent.run(scratch, "-p", "-a", TRACKER, "-a", BACKUP_A + "," + BACKUP_B, "-l", "15", "-s", "SRC",
                "-w", "http://127.0.0.1:8080/seed/", "-o", torrentFile.toString(), data.folder().toString());
        Torrent torrent = new TorrentParser().parse(torrentFile);
        TransmissionShow reference = TransmissionShow.of(show, torrentFile);

        assertEquals(reference.infoHash(), torrent.infoHash().hex());
        assertEquals("album", torrent.name());
        assertTrue(torrent.isMultiFile());
        assertEquals(reference.files(), torrent.files().stream().map(file -> "album/" + file.pathString()).sorted().toList());
        assertEquals(data.folderFiles().keySet().stream().sorted().toList(),
                torrent.files().stream().map(TorrentFile::pathString).toList(), "mktorrent sorts, empty file included");
        for (TorrentFile file : torrent.files()) {
            assertEquals(data.folderFiles().get(file.pathString()), file.length(), file::pathString);
        }
        assertEquals(data.folderLength(), torrent.totalLength());
        assertEquals(32 * 1024, torrent.pieceLength());
        assertEquals(reference.pieceCount(), torrent.pieceCount());
        assertEquals(InteropData.pieceCount(data.folderLength(), 32 * 1024), torrent.pieceCount());
        assertTrue(torrent.isPrivate());
        assertEquals(reference.isPrivate(), torrent.isPrivate());
        assertEquals(Optional.of("SRC"), torrent.source());
        assertEquals(List.of(List.of(TRACKER), List.of(BACKUP_A, BACKUP_B)), torrent.trackers());
        assertEquals(reference.trackers(), torrent.trackers());
        assertEquals(reference.webSeeds(), torrent.webSeeds());
        assertEquals(List.of(), torrent.warnings());
    }
}
