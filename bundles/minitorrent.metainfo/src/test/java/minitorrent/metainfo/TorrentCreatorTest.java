package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorrentCreatorTest {

    @TempDir
    Path temp;

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The expected piece hashes, computed independently over the concatenated data. */
    private static byte[] expectedPieces(byte[] data, int pieceLength) throws Exception {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        for (int start = 0; start < data.length; start += pieceLength) {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(data, start, Math.min(pieceLength, data.length - start));
            hashes.write(sha1.digest());
        }
        return hashes.toByteArray();
    }

    @Test
    void aSingleFileTorrentHasTheFileAndItsPieceHashes() throws Exception {
        byte[] data = randomBytes(5 * 16384 + 1234, 1);
        Path file = Files.write(temp.resolve("movie.mkv"), data);

        CreatedTorrent created = new TorrentCreator(2).create(CreateOptions.of(file).withPieceLength(16384), CreateProgress.NONE);

        Torrent torrent = created.torrent();
        assertEquals("movie.mkv", torrent.name());
        assertFalse(torrent.isMultiFile());
        assertEquals(data.length, torrent.totalLength());
        assertEquals(6, torrent.pieceCount());
        assertEquals(1234, torrent.pieceSize(5));
        assertArrayEquals(expectedPieces(data, 16384), torrent.pieces().concatenated());
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(torrent.infoBytes()), torrent.infoHash().bytes());
    }

    @Test
    void aFolderBecomesSortedFilesWithPiecesSpanningThem() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("album"));
        byte[] b = randomBytes(20000, 2);
        byte[] a = randomBytes(7000, 3);
        byte[] c = randomBytes(30000, 4);
        Files.write(Files.createDirectories(folder.resolve("disc 2")).resolve("b.flac"), b);
        Files.write(folder.resolve("a.flac"), a);
        Files.write(folder.resolve(".hidden"), c);
        Files.write(folder.resolve("empty.txt"), new byte[0]);

        Torrent torrent = new TorrentCreator(2).create(CreateOptions.of(folder).withPieceLength(16384), CreateProgress.NONE).torrent();

        assertTrue(torrent.isMultiFile());
        assertEquals("album", torrent.name());
        assertEquals(List.of(".hidden", "a.flac", "disc 2/b.flac", "empty.txt"),
                torrent.files().stream().map(TorrentFile::pathString).toList());
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(c);
        stream.write(a);
        stream.write(b);
        assertArrayEquals(expectedPieces(stream.toByteArray(), 16384), torrent.pieces().concatenated());
        assertEquals(30000 + 7000, torrent.files().get(2).offset());
    }

    @Test
    void theSameContentAndOptionsGiveTheSameBytes() throws Exception {
        Path file = Files.write(temp.resolve("data.bin"), randomBytes(100_000, 5));
        CreateOptions options = CreateOptions.of(file).withTrackers(List.of(List.of("http://127.0.0.1:6969/announce")));

        byte[] first = new TorrentCreator(1).create(options, CreateProgress.NONE).bytes();
        byte[] second = new TorrentCreator(2).create(options, CreateProgress.NONE).bytes();

        assertArrayEquals(first, second);
    }

    @Test
    void optionsLandInTheTorrent() throws Exception {
        Path file = Files.write(temp.resolve("data.bin"), randomBytes(40_000, 6));
        CreateOptions options = CreateOptions.of(file)
                .withTrackers(List.of(List.of("http://a.example/announce", "http://b.example/announce"), List.of("udp://c.example:6969")))
                .withWebSeeds(List.of("http://seed.example/files/"))
                .withPrivate(true).withSource("TEST").withComment("a comment").withCreatedBy("MiniTorrent 0.1.0")
                .withCreationDate(Instant.ofEpochSecond(1_700_000_000));

        Torrent torrent = new TorrentCreator().create(options, CreateProgress.NONE).torrent();

        assertEquals(options.trackers(), torrent.trackers());
        assertEquals(List.of("http://seed.example/files/"), torrent.webSeeds());
        assertTrue(torrent.isPrivate());
        assertEquals("TEST", torrent.source().orElseThrow());
        assertEquals("a comment", torrent.comment().orElseThrow());
        assertEquals("MiniTorrent 0.1.0", torrent.createdBy().orElseThrow());
        assertEquals(Instant.ofEpochSecond(1_700_000_000), torrent.creationDate().orElseThrow());
        assertEquals(List.of(), torrent.warnings());
    }

    @Test
    void progressReachesTheTotalAndCancellingStops() throws Exception {
        Path file = Files.write(temp.resolve("data.bin"), randomBytes(64 * 16384, 7));
        AtomicLong last = new AtomicLong();
        new TorrentCreator(2).create(CreateOptions.of(file).withPieceLength(16384), (hashed, total) -> last.accumulateAndGet(hashed, Math::max));
        assertEquals(64 * 16384, last.get());

        CreateProgress cancelAfterAFewPieces = new CreateProgress() {
            private final AtomicLong calls = new AtomicLong();

            @Override
            public void hashed(long hashed, long total) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 3;
            }
        };
        assertThrows(CancellationException.class,
                () -> new TorrentCreator(2).create(CreateOptions.of(file).withPieceLength(16384), cancelAfterAFewPieces));
    }

    @Test
    void writingIsAtomicAndRefusesToReplaceUnlessAsked() throws Exception {
        Path file = Files.write(temp.resolve("data.bin"), randomBytes(10_000, 8));
        CreatedTorrent created = new TorrentCreator().create(CreateOptions.of(file), CreateProgress.NONE);
        Path target = temp.resolve("data.torrent");

        TorrentCreator.write(created, target, false);
        assertArrayEquals(created.bytes(), Files.readAllBytes(target));
        assertThrows(FileAlreadyExistsException.class, () -> TorrentCreator.write(created, target, false));
        TorrentCreator.write(created, target, true);
        try (var listing = Files.list(temp)) {
            assertEquals(List.of("data.bin", "data.torrent"), listing.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void emptyContentIsRefusedWithAReason() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("nothing"));
        Files.write(folder.resolve("empty"), new byte[0]);
        IOException error = assertThrows(IOException.class, () -> new TorrentCreator().create(CreateOptions.of(folder), CreateProgress.NONE));
        assertTrue(error.getMessage().contains("holds no data"), error.getMessage());
        assertThrows(IOException.class, () -> new TorrentCreator().create(CreateOptions.of(temp.resolve("missing")), CreateProgress.NONE));
    }

    @Test
    void symbolicLinksAreLeftOutAndReported() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("with-link"));
        Files.write(folder.resolve("real.txt"), randomBytes(100, 9));
        Files.createSymbolicLink(folder.resolve("link.txt"), Path.of("/etc/hostname"));

        CreatedTorrent created = new TorrentCreator().create(CreateOptions.of(folder), CreateProgress.NONE);

        assertEquals(List.of("real.txt"), created.torrent().files().stream().map(TorrentFile::pathString).toList());
        assertEquals(1, created.skipped().size());
        assertTrue(created.skipped().getFirst().contains("symbolic link"), created.skipped().toString());
    }

    @Test
    void automaticPieceSizesAimAtOneToTwoThousandPieces() {
        assertEquals(PieceSize.MIN, PieceSize.automatic(1));
        long gib = 1L << 30;
        int forOneGib = PieceSize.automatic(gib);
        assertEquals(1 << 20, forOneGib);
        for (long size = 64L << 20; size <= (16L << 30); size *= 3) {
            long pieces = (size + PieceSize.automatic(size) - 1) / PieceSize.automatic(size);
            assertTrue(pieces > 1000 && pieces <= 2000, size + " bytes give " + pieces + " pieces");
        }
        assertEquals(PieceSize.MAX, PieceSize.automatic(1L << 40));
        assertThrows(IllegalArgumentException.class, () -> PieceSize.checked(3 * 16384));
        assertThrows(IllegalArgumentException.class, () -> PieceSize.checked(8192));
    }
}
