package minitorrent.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;

/** Content with random bytes and the torrent made of it, for transfer tests. */
public final class TestData {

    private TestData() {
    }

    /** A folder {@code name} under {@code parent} with files of these sizes (in sub-folders from the third on). */
    public static Path folder(Path parent, String name, long seed, int... sizes) throws IOException {
        Path root = Files.createDirectories(parent.resolve(name));
        Random random = new Random(seed);
        for (int i = 0; i < sizes.length; i++) {
            Path file = i < 2 ? root.resolve("file" + i + ".bin") : root.resolve("sub" + (i % 2)).resolve("file" + i + ".bin");
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[sizes[i]];
            random.nextBytes(bytes);
            Files.write(file, bytes);
        }
        return root;
    }

    public static Torrent torrentOf(Path content, int pieceLength, List<List<String>> trackers) throws IOException {
        CreateOptions options = CreateOptions.of(content).withPieceLength(pieceLength).withTrackers(trackers);
        return new TorrentCreator().create(options, CreateProgress.NONE).torrent();
    }

    /** Whether two folders hold the same files with the same bytes. */
    public static void assertSameTree(Path expected, Path actual) throws IOException {
        List<Path> expectedFiles = files(expected);
        List<Path> actualFiles = files(actual);
        org.junit.jupiter.api.Assertions.assertEquals(expectedFiles, actualFiles, "the same files");
        for (Path relative : expectedFiles) {
            org.junit.jupiter.api.Assertions.assertEquals(-1L, Files.mismatch(expected.resolve(relative), actual.resolve(relative)),
                    relative + " has the same bytes");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
