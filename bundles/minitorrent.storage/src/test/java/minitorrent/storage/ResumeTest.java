package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.BitSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.storage.TestTorrent.Spec;

class ResumeTest {

    @TempDir
    Path folder;

    private static TestTorrent threeFiles() {
        return TestTorrent.multiFile("set", 16 * 1024, 21, Spec.file("a.bin", 50_000), Spec.file("b.bin", 30_000), Spec.file("c.bin", 60_000));
    }

    @Test
    void unchangedFilesAreTrustedWithoutReadingAndAChangedFileIsRechecked() throws Exception {
        TestTorrent data = threeFiles();
        Path resume = folder.resolve("set.resume");
        Path downloads = Files.createDirectory(folder.resolve("downloads"));
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), downloads, StorageOptions.defaults())) {
            TorrentStorageTest.downloadAll(storage, data, 5);
            storage.saveResume(resume);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(2, entries.count(), "only the resume file and the downloads, no temporary file left");
        }
        // Change a byte of c.bin behind the storage's back, keeping size and time: resume data cannot see it, so it proves nothing was read.
        Path c = downloads.resolve("set/c.bin");
        FileTime time = Files.getLastModifiedTime(c);
        try (RandomAccessFile file = new RandomAccessFile(c.toFile(), "rw")) {
            file.seek(10);
            file.write(file.read() ^ 1);
        }
        Files.setLastModifiedTime(c, time);
        int pieces = data.torrent().pieceCount();
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), downloads, StorageOptions.readOnly())) {
            ResumeOutcome outcome = storage.resume(resume, RecheckProgress.NONE);
            assertTrue(outcome.resumeUsed());
            assertEquals(pieces, outcome.trustedPieces());
            assertEquals(0, outcome.recheck().goodCount() + outcome.recheck().badCount() + outcome.recheck().missingCount());
            assertTrue(storage.isComplete());
        }
        Files.setLastModifiedTime(c, FileTime.fromMillis(time.toMillis() + 5_000));
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), downloads, StorageOptions.readOnly())) {
            ResumeOutcome outcome = storage.resume(resume, RecheckProgress.NONE);
            // c.bin is bytes 80,000..140,000: pieces 4 to 8; byte 80,010 is in piece 4.
            BitSet bad = new BitSet();
            bad.set(4);
            assertEquals(bad, outcome.recheck().bad());
            assertEquals(4, outcome.recheck().goodCount());
            assertEquals(pieces - 5, outcome.trustedPieces());
            assertFalse(storage.hasPiece(4));
            assertEquals(pieces - 1, storage.pieces().cardinality());
        }
    }

    @Test
    void damagedAbsentOrForeignResumeDataMeansAFullRecheck() throws Exception {
        TestTorrent data = threeFiles();
        data.writeFilesUnder(folder);
        Path resume = folder.resolve("x.resume");
        TestTorrent other = TestTorrent.singleFile("other", 16 * 1024, 1000, 1);
        try (TorrentStorage storage = TorrentStorage.open(other.torrent(), folder, StorageOptions.defaults())) {
            storage.saveResume(resume);
        }
        assertFullRecheck(data, resume);
        Files.write(resume, "d5:piecei3ee garbage".getBytes());
        assertFullRecheck(data, resume);
        Files.delete(resume);
        assertFullRecheck(data, resume);
    }

    private void assertFullRecheck(TestTorrent data, Path resume) throws Exception {
        try (TorrentStorage storage = TorrentStorage.open(data.torrent(), folder, StorageOptions.readOnly())) {
            ResumeOutcome outcome = storage.resume(resume, RecheckProgress.NONE);
            assertFalse(outcome.resumeUsed());
            assertEquals(0, outcome.trustedPieces());
            assertEquals(data.torrent().pieceCount(), outcome.recheck().goodCount());
        }
    }
}
