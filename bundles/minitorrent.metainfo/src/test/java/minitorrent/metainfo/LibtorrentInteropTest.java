package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Torrents made by libtorrent 2.0 (python3-libtorrent) parse to what libtorrent reads from them:
 * v1-only torrents, v1 torrents with BEP 47 pad files, and hybrid v1+v2 torrents, whose v1 info
 * hash is the SHA-1 of the whole info dictionary. libtorrent lists a folder's files in directory
 * order, or in its own canonical order when it pads.
 */
class LibtorrentInteropTest {

    private static final String TRACKER = "http://127.0.0.1:6969/announce";
    private static final String SECOND = "udp://127.0.0.1:6970/announce";

    @TempDir
    Path scratch;

    private ExternalTool libtorrent;
    private InteropData data;

    @BeforeEach
    void tools() throws Exception {
        libtorrent = ExternalTool.requireLibtorrent(scratch);
        data = InteropData.create(scratch);
    }

    private Torrent createAndCompare(Path source, String mode, String... trackers) throws Exception {
        Path torrentFile = scratch.resolve(mode + ".torrent");
        List<String> arguments = new java.util.ArrayList<>(List.of("create", source.toString(), torrentFile.toString(),
                String.valueOf(InteropData.PIECE_LENGTH), mode));
        arguments.addAll(List.of(trackers));
        libtorrent.run(scratch, arguments.toArray(String[]::new));
        Torrent torrent = new TorrentParser().parse(torrentFile);
        LibtorrentReport reference = LibtorrentReport.of(libtorrent.run(scratch, "show", torrentFile.toString()).lines());

        assertEquals(reference.infoHash(), torrent.infoHash().hex());
        assertEquals(reference.name(), torrent.name());
        assertEquals(reference.totalLength(), torrent.totalLength());
        assertEquals(reference.pieceCount(), torrent.pieceCount());
        assertEquals(reference.pieceLength(), torrent.pieceLength());
        assertEquals(reference.isPrivate(), torrent.isPrivate());
        assertEquals(reference.tiers(), torrent.trackers());
        String prefix = torrent.isMultiFile() ? torrent.name() + "/" : "";
        assertEquals(reference.files(), torrent.files().stream()
                .map(file -> new LibtorrentReport.File(prefix + file.pathString(), file.length(), file.offset(), file.padFile())).toList());
        assertEquals(List.of(), torrent.warnings());
        return torrent;
    }

    @Test
    void singleFileV1() throws Exception {
        Torrent torrent = createAndCompare(data.singleFile(), "v1", TRACKER);
        assertEquals(InteropData.SINGLE_FILE_LENGTH, torrent.totalLength());
        assertEquals(InteropData.pieceCount(InteropData.SINGLE_FILE_LENGTH, InteropData.PIECE_LENGTH), torrent.pieceCount());
        assertEquals(List.of(List.of(TRACKER)), torrent.trackers());
    }

    @Test
    void folderV1() throws Exception {
        Torrent torrent = createAndCompare(data.folder(), "v1", TRACKER, SECOND);
        assertEquals(data.folderFiles().keySet().stream().sorted().toList(),
                torrent.files().stream().map(TorrentFile::pathString).sorted().toList(), "every file, the empty one too");
        assertEquals(data.folderLength(), torrent.totalLength());
        assertEquals(List.of(List.of(TRACKER), List.of(SECOND)), torrent.trackers());
    }

    @Test
    void folderV1WithPadFiles() throws Exception {
        Torrent torrent = createAndCompare(data.folder(), "v1-padded");
        assertTrue(torrent.files().stream().anyMatch(TorrentFile::padFile), "libtorrent padded the files to piece boundaries");
        long dataLength = torrent.files().stream().filter(file -> !file.padFile()).mapToLong(TorrentFile::length).sum();
        assertEquals(data.folderLength(), dataLength);
        for (TorrentFile file : torrent.files()) {
            if (!file.padFile() && file.length() > 0) {
                assertEquals(0, file.offset() % InteropData.PIECE_LENGTH, () -> file + " starts on a piece boundary");
            }
        }
    }

    @Test
    void folderHybridV1AndV2() throws Exception {
        Torrent torrent = createAndCompare(data.folder(), "hybrid", TRACKER);
        assertTrue(torrent.files().stream().anyMatch(TorrentFile::padFile), "hybrid torrents are padded");
    }
}
