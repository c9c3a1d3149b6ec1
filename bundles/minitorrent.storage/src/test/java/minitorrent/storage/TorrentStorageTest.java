package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.storage.TestTorrent.Spec;

class TorrentStorageTest {

    @TempDir
    Path folder;

    /** Files of awkward shapes: empty at start, middle and end, a pad file, pieces across three files. */
    static TestTorrent awkward() {
        return TestTorrent.multiFile("album", 32 * 1024, 7,
                Spec.file("empty-first", 0),
                Spec.file("a/one.bin", 40_000),
                Spec.file("a/empty-middle", 0),
                Spec.file("two.bin", 3_000),
                Spec.pad(16_000),
                Spec.file("b/c/three.bin", 70_123),
                Spec.file("four.bin", 5),
                Spec.file("empty-last", 0));
    }

    /** Writes every block of every piece in a random order, verifying each piece once all its blocks are in. */
    static void downloadAll(TorrentStorage storage, TestTorrent data, long seed) throws StorageException {
        PieceLayout layout = storage.layout();
        List<int[]> blocks = new ArrayList<>();
        for (int piece = 0; piece < layout.pieceCount(); piece++) {
            for (int block = 0; block < layout.blockCount(piece); block++) {
                blocks.add(new int[] {piece, block});
            }
        }
        Collections.shuffle(blocks, new Random(seed));
        int[] remaining = new int[layout.pieceCount()];
        for (int piece = 0; piece < remaining.length; piece++) {
            remaining[piece] = layout.blockCount(piece);
        }
        for (int[] block : blocks) {
            int offset = block[1] * PieceLayout.BLOCK_SIZE;
            storage.writeBlock(block[0], offset, ByteBuffer.wrap(data.piece(block[0]), offset, layout.blockSize(block[0], block[1])));
            if (--remaining[block[0]] == 0) {
                assertTrue(storage.verifyPiece(block[0]), "piece " + block[0]);
            }
        }
    }

    @Test
    void blocksWrittenInAnyOrderMakeTheFilesAndEveryPieceVerifies() throws Exception {
        TestTorrent data = awkward();
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.defaults())) {
            downloadAll(storage, data, 1);
            assertTrue(storage.isComplete());
            assertArrayEquals(data.piece(2), storage.readBlock(2, 0, data.torrent().pieceSize(2)));
        }
        for (int i = 0; i < data.contents().size(); i++) {
            Path file = data.torrent().files().get(i).resolveUnder(folder.resolve("album"));
            if (data.torrent().files().get(i).padFile()) {
                assertFalse(Files.exists(file), "pad files are never written: " + file);
            } else {
                assertArrayEquals(data.contents().get(i), Files.readAllBytes(file), file.toString());
            }
        }
    }

    @Test
    void blocksReadIntoADirectBufferAcrossFilesAndPadFilesAreTheTorrentsBytes() throws Exception {
        TestTorrent data = awkward();
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.defaults())) {
            downloadAll(storage, data, 3);
            for (int piece = 0; piece < data.torrent().pieceCount(); piece++) {
                int length = data.torrent().pieceSize(piece) - 1000;
                ByteBuffer direct = ByteBuffer.allocateDirect(length + 10);
                direct.limit(length);
                storage.readBlock(piece, 1000, direct);
                byte[] read = new byte[direct.remaining()];
                direct.get(read);
                assertArrayEquals(Arrays.copyOfRange(data.piece(piece), 1000, 1000 + length), read, "piece " + piece);
            }
        }
        Path empty = Files.createDirectory(folder.resolve("empty"));
        try (TorrentStorage nothing = TorrentStorage.open(data.torrent(), empty, StorageOptions.readOnly())) {
            StorageException missing = assertThrows(StorageException.class,
                    () -> nothing.readBlock(1, 0, ByteBuffer.allocateDirect(data.torrent().pieceSize(1))));
            assertTrue(missing.getMessage().contains("not on disk"), missing.getMessage());
        }
    }

    @Test
    void aSingleFileTorrentLivesInTheFolderUnderItsName() throws Exception {
        TestTorrent data = TestTorrent.singleFile("disk.img", 16 * 1024, 50_000, 3);
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.defaults())) {
            downloadAll(storage, data, 2);
            assertEquals(folder.toRealPath().resolve("disk.img"), storage.contentPath());
        }
        assertArrayEquals(data.all(), Files.readAllBytes(folder.resolve("disk.img")));
    }

    @Test
    void aWrongBlockFailsVerificationAndThePieceIsNotHad() throws Exception {
        TestTorrent data = awkward();
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.defaults())) {
            byte[] piece = data.piece(1);
            piece[100] ^= 1;
            storage.writeBlock(1, 0, ByteBuffer.wrap(piece));
            assertFalse(storage.verifyPiece(1));
            assertFalse(storage.hasPiece(1));
            assertFalse(storage.writePiece(0, ByteBuffer.wrap(piece, 0, data.torrent().pieceSize(0))), "wrong data is refused");
            assertFalse(storage.hasPiece(0));
            assertTrue(storage.writePiece(1, ByteBuffer.wrap(data.piece(1))));
            assertTrue(storage.hasPiece(1));
            storage.writeBlock(1, 0, ByteBuffer.wrap(piece, 0, 100));
            assertFalse(storage.hasPiece(1), "a had piece written again is had only once it verifies again");
        }
    }

    @Test
    void fullAllocationMakesEveryFileItsLengthAndSparseOnlyTheEmptyOnes() throws Exception {
        TestTorrent data = awkward();
        Path full = Files.createDirectory(folder.resolve("full"));
        Path sparse = Files.createDirectory(folder.resolve("sparse"));
        TorrentStorage.open(data.torrent(), full, StorageOptions.defaults().withAllocation(Allocation.FULL)).close();
        TorrentStorage.open(data.torrent(), sparse, StorageOptions.defaults()).close();
        for (var file : data.torrent().files()) {
            if (!file.padFile()) {
                assertEquals(file.length(), Files.size(file.resolveUnder(full.resolve("album"))), file.pathString());
                assertEquals(file.length() == 0, Files.exists(file.resolveUnder(sparse.resolve("album"))), file.pathString());
            }
        }
    }

    @Test
    void readOnlyCreatesNothingAndRefusesWrites() throws Exception {
        TestTorrent data = awkward();
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.readOnly())) {
            assertThrows(IllegalStateException.class, () -> storage.writeBlock(0, 0, ByteBuffer.wrap(new byte[10])));
            assertThrows(StorageException.class, () -> storage.readBlock(0, 0, 10));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(0, entries.count());
        }
    }

    @Test
    void aSymbolicLinkOutOfTheDownloadFolderIsNeverFollowed() throws Exception {
        TestTorrent data = awkward();
        Path outside = Files.createDirectory(folder.resolve("outside"));
        Path downloads = Files.createDirectory(folder.resolve("downloads"));
        Files.createDirectories(downloads.resolve("album"));
        Files.createSymbolicLink(downloads.resolve("album/a"), outside);
        StorageException folderLink = assertThrows(StorageException.class,
                () -> TorrentStorage.open(data.torrent(), downloads, StorageOptions.defaults()));
        assertTrue(folderLink.getMessage().contains("'album/a' is a symbolic link"), folderLink.getMessage());

        Files.delete(downloads.resolve("album/a"));
        Files.createSymbolicLink(downloads.resolve("album/two.bin"), outside.resolve("target"));
        StorageException fileLink = assertThrows(StorageException.class,
                () -> TorrentStorage.open(data.torrent(), downloads, StorageOptions.readOnly()));
        assertTrue(fileLink.getMessage().contains("'album/two.bin' is a symbolic link"), fileLink.getMessage());
        try (Stream<Path> entries = Files.list(outside)) {
            assertEquals(0, entries.count(), "nothing was written outside");
        }
    }

    @Test
    void aFileWhereAFolderIsNeededIsNamed() throws Exception {
        TestTorrent data = awkward();
        Files.createDirectories(folder.resolve("album/b"));
        Files.write(folder.resolve("album/b/c"), new byte[1]);
        StorageException e = assertThrows(StorageException.class, () -> TorrentStorage.open(data.torrent(), folder, StorageOptions.defaults()));
        assertTrue(e.getMessage().contains("'b/c/three.bin': 'album/b/c' is a file where a folder is needed"), e.getMessage());
    }

    @Test
    void aPathTheFileSystemRefusesIsNamedInTheError() throws Exception {
        // Linux refuses paths past 4096 bytes (ENAMETOOLONG): legal in the torrent (4088 bytes), too long under the folder.
        String deep = String.join("/", Collections.nCopies(20, "d".repeat(203))) + "/file.bin";
        TestTorrent data = TestTorrent.multiFile("deep", 16 * 1024, 5, Spec.file(deep, 10), Spec.file("ok", 10));
        StorageException e = assertThrows(StorageException.class, () -> TorrentStorage.open(data.torrent(), folder, StorageOptions.defaults()));
        assertTrue(e.getMessage().contains(data.torrent().files().getFirst().pathString()), e.getMessage());
        assertTrue(e.getMessage().contains("File name too long"), e.getMessage());
    }

    @Test
    void aHundredFilesThroughFourHandles() throws Exception {
        Spec[] specs = new Spec[100];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = Spec.file("f" + i, 1_000 + i);
        }
        TestTorrent data = TestTorrent.multiFile("many", 16 * 1024, 9, specs);
        long before = openDescriptors();
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.defaults().withMaxOpenFiles(4))) {
            downloadAll(storage, data, 3);
            assertTrue(openDescriptors() - before <= 4, "at most 4 more descriptors: " + (openDescriptors() - before));
            assertEquals(storage.layout().pieceCount(), storage.recheck(RecheckProgress.NONE).goodCount());
        }
        for (int i = 0; i < specs.length; i++) {
            assertArrayEquals(data.contents().get(i), Files.readAllBytes(folder.resolve("many/f" + i)));
        }
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
