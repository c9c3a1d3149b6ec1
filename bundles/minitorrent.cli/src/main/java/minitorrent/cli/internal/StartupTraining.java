package minitorrent.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import minitorrent.cli.MiniTorrentCli;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.TorrentParser;

/**
 * The training run for the JVM's ahead-of-time cache (Java 25, JEP 483/514/515): the start
 * script runs this once per installation and Java with {@code -XX:AOTCacheOutput}, so the cache
 * holds the classes, linking and method profiles of the commands people run: {@code create}'s
 * hashing loop, and a {@code download} from a seeder over 127.0.0.1 (the wire, the picker, piece
 * hashing and writing). Works in a temporary folder it deletes; output is discarded; exits 1 if
 * any command failed or the download did not finish in time, so that the script keeps no cache
 * of a broken run.
 */
public final class StartupTraining {

    /** Enough data for the JIT to compile and profile the SHA-1 loop on every hashing thread. */
    private static final int CONTENT_MIB = 32;

    /** A loopback transfer of the content takes well under a second; past this, something is wrong. */
    private static final Duration TRANSFER_LIMIT = Duration.ofMinutes(1);

    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("minitorrent-training");
        boolean trained;
        try {
            trained = train(folder);
        } finally {
            deleteTree(folder);
        }
        System.exit(trained ? 0 : 1);
    }

    private static boolean train(Path folder) throws Exception {
        Path content = folder.resolve("content.bin");
        byte[] mebibyte = new byte[1 << 20];
        try (var out = Files.newOutputStream(content)) {
            for (int i = 0; i < CONTENT_MIB; i++) {
                mebibyte[i] = (byte) i;
                out.write(mebibyte);
            }
        }
        String torrent = folder.resolve("content.torrent").toString();
        List<List<String>> commands = List.of(
                List.of("create", content.toString(), "-o", torrent, "--piece-size", "1M", "-t", "http://127.0.0.1:6969/announce"),
                List.of("info", torrent),
                List.of("info", "--json", torrent),
                List.of("check", torrent, "-d", folder.toString()),
                List.of("--version"),
                List.of("--help"));
        boolean allSucceeded = true;
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        for (List<String> command : commands) {
            allSucceeded &= MiniTorrentCli.run(command.toArray(String[]::new), discard, discard) == 0;
        }
        return allSucceeded && transfer(folder, torrent, discard);
    }

    /** Runs {@code download} from a session in this JVM that seeds the content, at most {@link #TRANSFER_LIMIT}. */
    private static boolean transfer(Path folder, String torrentFile, PrintWriter discard) throws Exception {
        long deadline = System.nanoTime() + TRANSFER_LIMIT.toNanos();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        SessionConfig config = SessionConfig.defaults(folder.resolve("seeder-state")).withListenPort(0).withBindAddress(loopback);
        try (Session seeder = Session.start(config)) {
            TorrentHandle seeding = seeder.add(new TorrentParser().parse(Path.of(torrentFile)), folder);
            while (seeding.snapshot().state() != TorrentState.SEEDING) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(10);
            }
            Path leecher = Files.createDirectory(folder.resolve("leecher"));
            String[] download = {"download", torrentFile, "-d", leecher.toString(), "-p", "0",
                "--bind", loopback.getHostAddress(), "--peer", loopback.getHostAddress() + ":" + seeder.listenPort(),
                "--state-dir", folder.resolve("leecher-state").toString()};
            FutureTask<Integer> run = new FutureTask<>(() -> MiniTorrentCli.run(download, discard, discard));
            Thread thread = new Thread(run, "training download");
            thread.setDaemon(true);
            thread.start();
            try {
                return run.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) == 0;
            } catch (TimeoutException e) {
                return false;
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
