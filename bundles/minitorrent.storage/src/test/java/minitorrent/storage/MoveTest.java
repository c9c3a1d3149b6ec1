package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.storage.TestTorrent.Spec;

class MoveTest {

    @TempDir
    Path folder;

    private static TestTorrent finished() {
        return TestTorrent.multiFile("show", 16 * 1024, 8, Spec.file("s1/e1.mkv", 70_000), Spec.file("s1/e2.mkv", 33_333), Spec.file("notes.txt", 0));
    }

    @Test
    void onTheSameFileSystemTheFolderIsRenamed() throws Exception {
        TestTorrent data = finished();
        Path from = Files.createDirectory(folder.resolve("from"));
        Path to = Files.createDirectory(folder.resolve("to"));
        data.writeFilesUnder(from);
        Object inode = Files.getAttribute(from.resolve("show/s1/e1.mkv"), "unix:ino");
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), from, StorageOptions.readOnly())) {
            storage.recheck(RecheckProgress.NONE);
            try (TorrentStorage moved = storage.moveTo(to)) {
                assertTrue(moved.isComplete(), "the pieces stay had");
                assertEquals(inode, Files.getAttribute(to.resolve("show/s1/e1.mkv"), "unix:ino"), "renamed, not copied");
            }
        }
        assertFalse(Files.exists(from.resolve("show")));
        assertContent(data, to);
    }

    @Test
    void toAnotherFileSystemTheDataIsCopiedVerifiedAndThenDeleted() throws Exception {
        TestTorrent data = finished();
        Path from = Files.createDirectory(folder.resolve("from"));
        Path to = Files.createDirectory(folder.resolve("to"));
        data.writeFilesUnder(from);
        Files.writeString(from.resolve("show/s1/mine.txt"), "not the torrent's");
        try (SmallFileSystem other = SmallFileSystem.mount(to, "4m")) {
            try (TorrentStorage storage = TorrentStorage.open(data.torrent(), from, StorageOptions.defaults())) {
                storage.recheck(RecheckProgress.NONE);
                try (TorrentStorage moved = storage.moveTo(other.path())) {
                    assertTrue(moved.isComplete());
                    assertEquals(data.torrent().pieceCount(), moved.recheck(RecheckProgress.NONE).goodCount());
                }
            }
            assertContent(data, other.path());
            assertFalse(Files.exists(from.resolve("show/s1/e1.mkv")));
            assertFalse(Files.exists(from.resolve("show/notes.txt")));
            assertTrue(Files.exists(from.resolve("show/s1/mine.txt")), "a file that is not the torrent's stays, and its folder");
        }
    }

    private static void assertContent(TestTorrent data, Path downloads) throws Exception {
        for (int i = 0; i < data.contents().size(); i++) {
            Path file = data.torrent().files().get(i).resolveUnder(downloads.resolve("show"));
            assertArrayEquals(data.contents().get(i), Files.readAllBytes(file), file.toString());
        }
    }
}
