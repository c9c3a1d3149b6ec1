package minitorrent.engine.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import minitorrent.testing.ExternalProcess;

/**
 * aria2 (Debian package {@code aria2}) as a peer, kept on 127.0.0.1 with DHT, local peer
 * discovery, PEX and IPv6 off. Without DHT it finds peers through HTTP trackers only; it accepts
 * incoming connections on its listen port.
 */
final class Aria2 {

    private static final String PROGRAM = "/usr/bin/aria2c";

    private Aria2() {
    }

    /** Skips the test when aria2 is not installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(Path.of(PROGRAM)), "aria2 is not installed (apt-get install aria2): test skipped");
    }

    /**
     * Checks the data in {@code folder}, downloads what is missing and seeds on {@code port} until
     * closed or {@code life} passes.
     */
    static ExternalProcess seed(SharedContent content, Path folder, int port, Duration life, Path workFolder)
            throws IOException {
        List<String> command = common(folder, port, life);
        command.addAll(List.of("--check-integrity=true", "--seed-ratio=0.0"));
        command.add(content.torrentFile().toString());
        return ExternalProcess.start("aria2-seed", command, workFolder);
    }

    /** Downloads into {@code folder} and exits (status 0) as soon as it has everything, at most after {@code life}. */
    static ExternalProcess download(SharedContent content, Path folder, int port, Duration life, Path workFolder)
            throws IOException {
        List<String> command = common(folder, port, life);
        command.add("--seed-time=0");
        command.add(content.torrentFile().toString());
        return ExternalProcess.start("aria2-download", command, workFolder);
    }

    /**
     * Waits until aria2 has every piece: when seeding it prints no line of its own for a finished
     * download, but its summary (every second) shows the torrent as {@code SEED(ratio)}.
     */
    static void awaitSeeding(ExternalProcess aria2, Duration timeout) throws IOException, InterruptedException {
        aria2.awaitLine(line -> line.contains(" SEED("), "a summary showing SEED", timeout);
    }

    private static List<String> common(Path folder, int port, Duration life) {
        return new ArrayList<>(List.of(PROGRAM, "--enable-dht=false", "--enable-dht6=false", "--bt-enable-lpd=false",
                "--enable-peer-exchange=false", "--disable-ipv6=true", "--interface=127.0.0.1", "--listen-port=" + port,
                "--bt-request-peer-speed-limit=0", "--dir=" + folder, "--stop=" + life.toSeconds(),
                "--summary-interval=1", "--console-log-level=info", "--file-allocation=none",
                "--auto-file-renaming=false", "--allow-overwrite=true"));
    }
}
