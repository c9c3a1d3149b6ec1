package minitorrent.engine.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.CreatedTorrent;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.metainfo.TorrentFile;

/**
 * The multi-file content every interop test transfers, made by our {@link TorrentCreator}: a few
 * MiB of random bytes in files of odd sizes (one empty, some in nested folders, boundaries inside
 * pieces), its torrent and that torrent as a file for the other programs.
 *
 * @param original    the folder {@code name} holding the files
 * @param torrent     the torrent of that folder
 * @param torrentFile where the torrent's bytes were written
 */
record SharedContent(Path original, Torrent torrent, Path torrentFile) {

    static final String NAME = "album";
    private static final int PIECE_LENGTH = 32 * 1024;
    private static final String[] PATHS = {"a.bin", "empty.txt", "notes.txt", "sub/b.bin", "sub/deeper/c.bin",
        "sub2/d.bin", "z.bin"};
    private static final int[] SIZES = {1_048_583, 0, 17, 700_001, 1_234_567, 65_536, 333_333};

    /** Creates the content in {@code parent/NAME} and its torrent announcing to {@code trackers}. */
    static SharedContent create(Path parent, List<List<String>> trackers) throws IOException {
        Path root = Files.createDirectories(parent.resolve(NAME));
        Random random = new Random(6);
        for (int i = 0; i < PATHS.length; i++) {
            Path file = root.resolve(PATHS[i]);
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[SIZES[i]];
            random.nextBytes(bytes);
            Files.write(file, bytes);
        }
        CreatedTorrent created = new TorrentCreator().create(
                CreateOptions.of(root).withPieceLength(PIECE_LENGTH).withTrackers(trackers), CreateProgress.NONE);
        Path torrentFile = parent.resolve(NAME + ".torrent");
        TorrentCreator.write(created, torrentFile, false);
        return new SharedContent(root, created.torrent(), torrentFile);
    }

    /**
     * Gives {@code downloadFolder} only the pieces {@code chosen} accepts: every file at full
     * length, with the bytes of those pieces in place and zeros elsewhere, so that a client's check
     * finds exactly those pieces.
     */
    void copyPieces(Path downloadFolder, IntPredicate chosen) throws IOException {
        for (TorrentFile file : torrent.files()) {
            Path source = file.resolveUnder(original);
            Path target = file.resolveUnder(downloadFolder.resolve(NAME));
            Files.createDirectories(target.getParent());
            try (FileChannel in = FileChannel.open(source);
                    FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (file.length() > 0) {
                    out.write(ByteBuffer.allocate(1), file.length() - 1);
                }
                for (int piece = 0; piece < torrent.pieceCount(); piece++) {
                    long start = Math.max((long) piece * torrent.pieceLength(), file.offset());
                    long end = Math.min((long) piece * torrent.pieceLength() + torrent.pieceSize(piece), file.endOffset());
                    if (chosen.test(piece) && start < end) {
                        copy(in, out, start - file.offset(), end - start);
                    }
                }
            }
        }
    }

    /** The pieces that hold bytes of the files with these paths (as {@link TorrentFile#pathString()} gives them). */
    IntPredicate piecesOf(String... paths) {
        List<String> wanted = List.of(paths);
        List<TorrentFile> files = torrent.files().stream().filter(file -> wanted.contains(file.pathString())).toList();
        if (files.size() != paths.length) {
            throw new IllegalArgumentException("not all of " + wanted + " are in " + torrent.files());
        }
        return piece -> files.stream().anyMatch(file -> (long) piece * torrent.pieceLength() < file.endOffset()
                && (long) piece * torrent.pieceLength() + torrent.pieceSize(piece) > file.offset());
    }

    private static void copy(FileChannel in, FileChannel out, long position, long count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) count);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the original ends before " + (position + count));
            }
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer, position + buffer.position());
        }
    }

    /** Asserts that {@code downloadFolder/NAME} holds the same files with the same bytes as the original. */
    void assertSameAs(Path downloadFolder, String who) throws IOException {
        Path copy = downloadFolder.resolve(NAME);
        List<Path> expected = files(original);
        assertEquals(expected, files(copy), who + ": the same files");
        for (Path relative : expected) {
            assertEquals(-1L, Files.mismatch(original.resolve(relative), copy.resolve(relative)),
                    who + ": " + relative + " has the same bytes");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
