package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.metainfo.TorrentFile;

class RecheckTest {

    @TempDir
    Path folder;

    @Test
    void dataAnotherClientLeftIsAllGood() throws Exception {
        TestTorrent data = TorrentStorageTest.awkward();
        data.writeFilesUnder(folder);
        RecheckResult result = TorrentStorage.check(data.torrent(), folder, RecheckProgress.NONE);
        assertTrue(result.isComplete());
        assertEquals(data.torrent().pieceCount(), result.goodCount());
        assertEquals(0, result.badCount() + result.missingCount());
        for (FileCompleteness file : result.files()) {
            assertTrue(file.isComplete(), file.file().pathString());
        }
    }

    @Test
    void absentOrShortFilesAreMissingAndChangedBytesAreBad() throws Exception {
        TestTorrent data = TorrentStorageTest.awkward();
        data.writeFilesUnder(folder);
        List<TorrentFile> files = data.torrent().files();
        Path root = folder.resolve("album");
        Files.delete(files.get(3).resolveUnder(root));                       // two.bin: bytes 40,000..43,000, piece 1
        try (RandomAccessFile three = new RandomAccessFile(files.get(5).resolveUnder(root).toFile(), "rw")) {
            three.setLength(70_000);                                          // three.bin loses its last 123 bytes: last piece, 3
            three.seek(100);
            three.write(three.read() ^ 0xff);                                 // byte 59,100 of the torrent: piece 1 (already missing)
            three.seek(20_000);
            int old = three.read();
            three.seek(20_000);
            three.write(old ^ 0xff);                                          // byte 79,000: piece 2
        }
        BitSet expectedMissing = new BitSet();
        expectedMissing.set(1);
        expectedMissing.set(data.torrent().pieceCount() - 1);
        BitSet expectedBad = new BitSet();
        expectedBad.set(2);
        AtomicInteger lastReport = new AtomicInteger();
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.readOnly())) {
            RecheckResult result = storage.recheck((checked, total) -> lastReport.accumulateAndGet(checked, Math::max));
            assertEquals(expectedMissing, result.missing());
            assertEquals(expectedBad, result.bad());
            assertEquals(data.torrent().pieceCount() - 3, result.goodCount());
            assertEquals(data.torrent().pieceCount(), lastReport.get());
            assertEquals(result.good(), storage.pieces());
            // one.bin (0..40,000) lies in pieces 0 and 1; only piece 0 (32,768 bytes of it) is good.
            assertEquals(32 * 1024, result.files().get(1).verifiedBytes());
            assertFalse(result.files().get(1).isComplete());
            assertTrue(result.files().get(0).isComplete(), "an empty file is complete");
        }
    }

    @Test
    void aCancelledRecheckThrowsAndChangesNothing() throws Exception {
        TestTorrent data = TestTorrent.singleFile("big.bin", 16 * 1024, 2_000_000, 11);
        data.writeFilesUnder(folder);
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.readOnly())) {
            AtomicInteger seen = new AtomicInteger();
            RecheckProgress cancelAfterTen = new RecheckProgress() {
                @Override
                public void piecesChecked(int checked, int total) {
                    seen.incrementAndGet();
                }

                @Override
                public boolean isCancelled() {
                    return seen.get() >= 10;
                }
            };
            assertThrows(RecheckCancelledException.class, () -> storage.recheck(cancelAfterTen));
            assertTrue(seen.get() < data.torrent().pieceCount(), "stopped early: " + seen.get());
            assertEquals(0, storage.pieces().cardinality());
        }
    }
}
