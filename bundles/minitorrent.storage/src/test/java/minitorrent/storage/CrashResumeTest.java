package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.storage.TestTorrent.Spec;
import minitorrent.storage.internal.ResumeData;

/**
 * Kills a writing process (SIGKILL) at random moments and checks what the design promises: the
 * resume file is always whole, every piece it claims is right on disk, and after resuming nothing
 * the writer had reported as verified is lost.
 */
class CrashResumeTest {

    @TempDir
    Path folder;

    @Test
    void killedAtRandomMomentsItNeverClaimsAWrongPieceAndLosesNoVerifiedOne() throws Exception {
        TestTorrent data = TestTorrent.multiFile("crash", 32 * 1024, 13,
                Spec.file("one.bin", 3_000_000), Spec.file("two.bin", 1_400_001), Spec.file("three.bin", 4_000_000));
        Path torrentFile = folder.resolve("crash.torrent");
        Files.write(torrentFile, torrentBytes(data));
        Path source = folder.resolve("source.bin");
        Files.write(source, data.all());
        Path downloads = Files.createDirectory(folder.resolve("downloads"));
        Path resume = folder.resolve("crash.resume");
        Random random = new Random(99);
        int kills = 0;
        int killsAfterProgress = 0;
        for (int round = 0; round < 8 && !Files.exists(Path.of(resume + ".done")); round++) {
            Path log = folder.resolve("writer-" + round + ".log");
            Process child = start(torrentFile, downloads, resume, source, log);
            // Kill once the writer has verified a piece (so every kill lands while it writes), after a random extra moment.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && verifiedLines(log) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            boolean ended = child.waitFor(random.nextInt(200), TimeUnit.MILLISECONDS);
            if (ended) {
                assertEquals(0, child.exitValue(), "the writer failed: " + Files.readString(log));
            } else {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed writer ended");
                kills++;
            }
            List<String> lines = Files.readAllLines(log);
            BitSet reported = new BitSet();
            int lastSaved = 0;
            for (String line : lines) {
                if (line.startsWith("had ")) {
                    reported.set(Integer.parseInt(line.substring(4)));
                } else if (line.startsWith("saved ")) {
                    lastSaved = Integer.parseInt(line.substring(6));
                }
            }
            if (!ended && !reported.isEmpty()) {
                killsAfterProgress++;
            }
            if (!Files.exists(resume)) {
                continue;
            }
            Optional<ResumeData> saved = ResumeData.decode(Files.readAllBytes(resume));
            assertTrue(saved.isPresent(), "resume data is whole after a kill in round " + round);
            BitSet claimed = saved.get().pieces();
            assertTrue(claimed.cardinality() >= lastSaved, "the last save reached the file");
            for (int piece = claimed.nextSetBit(0); piece >= 0; piece = claimed.nextSetBit(piece + 1)) {
                assertArrayEquals(TestTorrent.sha1(data.piece(piece)), TestTorrent.sha1(readFromDisk(data, downloads, piece)),
                        "piece " + piece + " claimed by resume data is right on disk");
            }
            try (TorrentStorage storage = TorrentStorage.open(data.torrent(), downloads, StorageOptions.readOnly())) {
                storage.resume(resume, RecheckProgress.NONE);
                BitSet lost = (BitSet) reported.clone();
                lost.andNot(storage.pieces());
                assertTrue(lost.isEmpty(), "verified pieces lost in round " + round + ": " + lost);
            }
        }
        assertTrue(kills >= 3, "killed at least three times: " + kills);
        assertEquals(kills, killsAfterProgress, "every kill came while writing pieces");
        Process last = start(torrentFile, downloads, resume, source, folder.resolve("writer-last.log"));
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the last writer finished");
        assertEquals(0, last.exitValue(), "the last writer succeeded");
        for (int i = 0; i < data.contents().size(); i++) {
            assertArrayEquals(data.contents().get(i), Files.readAllBytes(data.torrent().files().get(i).resolveUnder(downloads.resolve("crash"))));
        }
    }

    private static long verifiedLines(Path log) throws java.io.IOException {
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("had ")).count();
    }

    private static Process start(Path torrentFile, Path downloads, Path resume, Path source, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
                torrentFile.toString(), downloads.toString(), resume.toString(), source.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The piece's bytes as the files hold them now, read without the storage (zeros where a file is short). */
    private static byte[] readFromDisk(TestTorrent data, Path downloads, int piece) throws Exception {
        byte[] bytes = new byte[data.torrent().pieceSize(piece)];
        long start = (long) piece * data.torrent().pieceLength();
        for (var file : data.torrent().files()) {
            long from = Math.max(start, file.offset());
            long to = Math.min(start + bytes.length, file.endOffset());
            Path path = file.resolveUnder(downloads.resolve("crash"));
            if (to > from && Files.exists(path)) {
                try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "r")) {
                    in.seek(from - file.offset());
                    in.read(bytes, (int) (from - start), (int) Math.min(to - from, Math.max(0, in.length() - (from - file.offset()))));
                }
            }
        }
        return bytes;
    }

    /** A .torrent holding just the info dictionary, byte for byte as parsed: the child parses the same torrent. */
    private static byte[] torrentBytes(TestTorrent data) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("d4:info".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(data.torrent().infoBytes());
        out.write('e');
        return out.toByteArray();
    }
}
