package minitorrent.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import minitorrent.cli.MiniTorrentCli;

/**
 * The training run for the JVM's ahead-of-time cache (Java 25, JEP 483/514/515): the start
 * script runs this once per installation and Java with {@code -XX:AOTCacheOutput}, so the cache
 * holds the classes, linking and method profiles of the commands people run, and of
 * {@code create}'s hashing loop above all. Works in a temporary folder it deletes; output is
 * discarded; exits 1 if any command failed, so that the script keeps no cache of a broken run.
 */
public final class StartupTraining {

    /** Enough data for the JIT to compile and profile the SHA-1 loop on every hashing thread. */
    private static final int CONTENT_MIB = 32;

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("minitorrent-training");
        boolean trained;
        try {
            trained = train(folder);
        } finally {
            deleteTree(folder);
        }
        System.exit(trained ? 0 : 1);
    }

    private static boolean train(Path folder) throws IOException {
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
        return allSucceeded;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
