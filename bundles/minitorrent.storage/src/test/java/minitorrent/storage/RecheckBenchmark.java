package minitorrent.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.testing.BenchmarkFiles;

/**
 * Benchmark, run on demand (benchmarks/recheck-benchmark.sh), not a test: the full recheck of a
 * 1 GiB file from page cache against cores x the single-thread SHA-1 speed of this JVM, the bound
 * a recheck on all cores can reach.
 */
public final class RecheckBenchmark {

    private static final long SIZE = 1L << 30;
    private static final int RUNS = 5;

    private RecheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/minitorrent-bench-storage"));
        int pieceLength = args.length > 1 ? Integer.parseInt(args[1]) : 1 << 20;
        Path file = folder.resolve("1gib.bin");
        BenchmarkFiles.ensure(file, SIZE);
        BenchmarkFiles.readThrough(file);
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(file).withPieceLength(pieceLength), CreateProgress.NONE).torrent();
        int cores = Runtime.getRuntime().availableProcessors();
        double sha1 = singleThreadSha1BytesPerSecond();
        List<Double> seconds = new ArrayList<>();
        try (TorrentStorage storage = TorrentStorage.open(torrent, folder, StorageOptions.readOnly())) {
            for (int run = 0; run <= RUNS; run++) {
                long start = System.nanoTime();
                RecheckResult result = storage.recheck(RecheckProgress.NONE);
                if (!result.isComplete()) {
                    throw new IllegalStateException("recheck found " + result.badCount() + " bad pieces in unchanged data");
                }
                if (run > 0) {
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
            }
        }
        seconds.sort(null);
        double ours = SIZE / seconds.get(RUNS / 2);
        double best = SIZE / seconds.getFirst();
        System.out.printf(Locale.ROOT, "| cores | piece length | SHA-1 one thread | recheck (median of %d) | best | median / (cores x SHA-1) |%n", RUNS);
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %d | %d KiB | %.2f GB/s | %.2f GB/s | %.2f GB/s | %.0f %% |%n", cores, pieceLength / 1024, sha1 / 1e9,
                ours / 1e9, best / 1e9, 100 * ours / (cores * sha1));
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
}
