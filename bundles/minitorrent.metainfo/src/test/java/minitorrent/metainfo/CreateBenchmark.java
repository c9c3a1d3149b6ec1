package minitorrent.metainfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import minitorrent.testing.BenchmarkFiles;

/**
 * Benchmark, run on demand (benchmarks/create-benchmark.sh), not a test: creating the torrent of
 * a 1 GiB file from page cache, against cores x the single-thread SHA-1 speed of this JVM, and
 * against mktorrent and transmission-create on the same file in the same run.
 */
public final class CreateBenchmark {

    private static final long SIZE = 1L << 30;
    private static final int RUNS = 5;

    private CreateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/minitorrent-bench"));
        Path file = folder.resolve("1gib.bin");
        BenchmarkFiles.ensure(file, SIZE);
        BenchmarkFiles.readThrough(file);
        int cores = Runtime.getRuntime().availableProcessors();
        double sha1 = singleThreadSha1BytesPerSecond();
        double ours = SIZE / median(() -> new TorrentCreator().create(CreateOptions.of(file).withPieceLength(1 << 20), CreateProgress.NONE));
        double mktorrent = SIZE / median(() -> tool(folder, "/usr/bin/mktorrent", "-l", "20", "-t", String.valueOf(cores), "-o",
                folder.resolve("mk.torrent").toString(), file.toString()));
        double transmission = SIZE / median(() -> tool(folder, "/usr/bin/transmission-create", "-s", "1024", "-o",
                folder.resolve("tr.torrent").toString(), file.toString()));

        System.out.printf(Locale.ROOT, "| cores | SHA-1 one thread | ours | ours / (cores x SHA-1) | mktorrent | transmission-create | time ours / mktorrent | time ours / transmission-create |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %d | %.2f GB/s | %.2f GB/s | %.0f %% | %.2f GB/s | %.2f GB/s | %.2f | %.2f |%n", cores, sha1 / 1e9, ours / 1e9,
                100 * ours / (cores * sha1), mktorrent / 1e9, transmission / 1e9, mktorrent / ours, transmission / ours);
    }

    /** Something to time: one creation of the torrent. */
    private interface Run {
        void run() throws Exception;
    }

    private static double median(Run run) throws Exception {
        run.run();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        seconds.sort(null);
        return seconds.get(RUNS / 2);
    }

    private static double singleThreadSha1BytesPerSecond() throws Exception {
        byte[] data = new byte[64 << 20];
        new SplittableRandom(1).nextBytes(data);
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(data);
        long start = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            sha1.update(data);
        }
        sha1.digest();
        return 8.0 * data.length / ((System.nanoTime() - start) / 1e9);
    }

    private static void tool(Path folder, String... command) throws IOException, InterruptedException {
        Files.deleteIfExists(Path.of(command[command.length - 2]));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
