package minitorrent.tracker.interop;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program of another project (a tracker, a BitTorrent client) started by a test on
 * 127.0.0.1, its output going to a log file, and ended by its handle when the test is done. The
 * helpers find installed programs and free ports.
 */
final class ExternalProgram implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ExternalProgram(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the command in the directory, stdout and stderr into {@code log}. */
    static ExternalProgram start(List<String> command, Path directory, Path log) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ExternalProgram(process, log);
    }

    /** Whether an executable of this path exists, e.g. {@code /usr/bin/aria2c}. */
    static boolean installed(String path) {
        return Files.isExecutable(Path.of(path));
    }

    /** A port that is free for TCP and UDP on 127.0.0.1 now. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = tcp.getLocalPort();
            }
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no port free for both TCP and UDP");
    }

    /** Waits until something accepts TCP connections on the port, at most {@code timeout}. */
    static void awaitTcp(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("nothing listens on port " + port + " after " + timeout.toSeconds() + " s");
                }
                Thread.sleep(100);
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the program to exit on its own; false when it still runs after the timeout. */
    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** The program's output so far, for a failure message. */
    String output() {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Ends the program by its handle: politely, then forcibly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
