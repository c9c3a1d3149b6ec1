package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.storage.TestTorrent.Spec;

/** The real behaviour on a real full disk: a 1 MiB tmpfs. */
class DiskFullTest {

    @TempDir
    Path folder;

    @Test
    void aTorrentLargerThanTheDiskIsRefusedAtOpen() throws Exception {
        TestTorrent data = TestTorrent.singleFile("big.iso", 64 * 1024, 3_000_000, 1);
        try (SmallFileSystem disk = SmallFileSystem.mount(folder, "1m")) {
            StorageException e = assertThrows(StorageException.class, () -> TorrentStorage.open(data.torrent(), disk.path(), StorageOptions.defaults()));
            assertTrue(e.getMessage().contains("not enough space") && e.getMessage().contains("3000000 more bytes"), e.getMessage());
            assertFalse(Files.exists(disk.path().resolve("big.iso")), "nothing was created");
        }
    }

    @Test
    void aDiskThatFillsUpWhileWritingNamesTheFileAndThePieceIsNotHad() throws Exception {
        TestTorrent data = TestTorrent.multiFile("pair", 64 * 1024, 2, Spec.file("first.bin", 300_000), Spec.file("second.bin", 300_000));
        try (SmallFileSystem disk = SmallFileSystem.mount(folder, "1m");
                TorrentStorage storage = TorrentStorage.open(data.torrent(), disk.path(), StorageOptions.defaults())) {
            assertTrue(storage.writePiece(0, ByteBuffer.wrap(data.piece(0))));
            fill(disk.path().resolve("someone-else.bin"));
            int lastPiece = data.torrent().pieceCount() - 1;
            StorageException e = assertThrows(StorageException.class, () -> storage.writePiece(lastPiece, ByteBuffer.wrap(data.piece(lastPiece))));
            assertTrue(e.getMessage().contains("'second.bin'") && e.getMessage().contains("No space left on device"), e.getMessage());
            assertFalse(storage.hasPiece(lastPiece));
            assertFalse(storage.verifyPiece(lastPiece), "what reached the file does not verify");
            assertTrue(storage.verifyPiece(0), "the piece written before the disk filled is still good");
            assertArrayEquals(data.piece(0), storage.readBlock(0, 0, data.torrent().pieceSize(0)));
        }
    }

    /** Writes until the file system says it is full. */
    private static void fill(Path file) throws IOException {
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 1024; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
            return;
        }
        throw new IllegalStateException("4 MiB fitted on a 1 MiB file system");
    }
}
