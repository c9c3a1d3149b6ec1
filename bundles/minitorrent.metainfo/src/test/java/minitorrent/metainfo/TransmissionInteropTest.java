package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Torrents made by transmission-create 3.00 parse to what transmission-show reads from them.
 * transmission-create leaves empty files out and writes 'private' 0 into public torrents.
 */
class TransmissionInteropTest {

    private static final String TRACKER = "http://127.0.0.1:6969/announce";
    private static final String SECOND = "http://127.0.0.1:6970/announce";

    @TempDir
    Path scratch;

    private ExternalTool create;
    private ExternalTool show;
    private InteropData data;

    @BeforeEach
    void tools() throws Exception {
        create = ExternalTool.require("transmission-create", "transmission-cli");
        show = ExternalTool.require("transmission-show", "transmission-cli");
        data = InteropData.create(scratch);
    }

    @Test
    void singleFile() throws Exception {
        Path torrentFile = scratch.resolve("single.torrent");
        create.run(scratch, "-t", TRACKER, "-s", "64", "-o", torrentFile.toString(), data.singleFile().toString());
        Torrent torrent = new TorrentParser().parse(torrentFile);
        TransmissionShow reference = TransmissionShow.of(show, torrentFile);

        assertEquals(reference.infoHash(), torrent.infoHash().hex());
        assertEquals("single.bin", torrent.name());
        assertEquals(reference.files(), List.of(torrent.files().getFirst().pathString()));
        assertEquals(InteropData.SINGLE_FILE_LENGTH, torrent.totalLength());
        assertEquals(reference.pieceCount(), torrent.pieceCount());
        assertEquals(InteropData.pieceCount(InteropData.SINGLE_FILE_LENGTH, InteropData.PIECE_LENGTH), torrent.pieceCount());
        assertFalse(torrent.isPrivate());
        assertEquals(List.of(List.of(TRACKER)), torrent.trackers());
        assertTrue(torrent.createdBy().orElseThrow().startsWith("Transmission"));
        assertEquals(List.of(), torrent.warnings());
    }

    @Test
    void privateFolderWithTwoTrackers() throws Exception {
        Path torrentFile = scratch.resolve("album.torrent");
        create.run(scratch, "-p", "-t", TRACKER, "-t", SECOND, "-s", "32", "-o", torrentFile.toString(), data.folder().toString());
        Torrent torrent = new TorrentParser().parse(torrentFile);
        TransmissionShow reference = TransmissionShow.of(show, torrentFile);

        assertEquals(reference.infoHash(), torrent.infoHash().hex());
        assertEquals("album", torrent.name());
        assertEquals(reference.files(), torrent.files().stream().map(file -> "album/" + file.pathString()).sorted().toList());
        List<String> nonEmpty = data.folderFiles().entrySet().stream().filter(file -> file.getValue() > 0).map(java.util.Map.Entry::getKey)
                .sorted().toList();
        assertEquals(nonEmpty, torrent.files().stream().map(TorrentFile::pathString).sorted().toList(), "the empty file is left out");
        for (TorrentFile file : torrent.files()) {
            assertEquals(data.folderFiles().get(file.pathString()), file.length(), file::pathString);
        }
        assertEquals(data.folderLength(), torrent.totalLength());
        assertEquals(reference.pieceCount(), torrent.pieceCount());
        assertEquals(InteropData.pieceCount(data.folderLength(), 32 * 1024), torrent.pieceCount());
        assertTrue(torrent.isPrivate());
        assertEquals(reference.trackers(), torrent.trackers());
        assertEquals(List.of(List.of(TRACKER), List.of(SECOND)), torrent.trackers());
        assertEquals(List.of(), torrent.warnings());
    }
}
