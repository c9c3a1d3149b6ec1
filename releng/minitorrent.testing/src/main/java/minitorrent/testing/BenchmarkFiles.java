package minitorrent.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** The large files benchmarks read: made once, then kept, and read from the page cache. */
public final class BenchmarkFiles {

    private static final int CHUNK = 1 << 20;

    private BenchmarkFiles() {
    }

    /** Makes {@code file} of {@code size} seeded random bytes, unless a file of that size is there already. */
    public static void ensure(Path file, long size) throws IOException {
        if (Files.exists(file) && Files.size(file) == size) {
            return;
        }
        byte[] chunk = new byte[CHUNK];
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        }
    }

    /** Reads the file once, so that what is timed next reads it from memory, not from the disk. */
    public static void readThrough(Path file) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            while (in.read(buffer) >= 0) {
                // reading is the point
            }
        }
    }
}
