package minitorrent.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program of another project (aria2, opentracker, a libtorrent script) that a test runs on
 * 127.0.0.1. Its output goes to a log file, whose tail goes into failure messages. It is ended by
 * its handle, never by name, and every wait on it is bounded.
 */
public final class ExternalProcess implements AutoCloseable {

    private static final int TAIL_CHARS = 4000;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final Path log;

    private ExternalProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts the command in {@code directory}, its stdout and stderr into {@code directory/NAME.log}. */
    public static ExternalProcess start(String name, List<String> command, Path directory) throws IOException {
        Path log = directory.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ExternalProcess(name, process, log);
    }

    /** Whether the command runs and exits 0 within 30 s: whether a program is installed and works. */
    public static boolean runs(List<String> probe) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(probe).redirectErrorStream(true).start();
        } catch (IOException notThere) {
            return false;
        }
        try {
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // it ended its output early: its exit status says how it went
        }
        boolean ended = process.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        process.destroyForcibly();
        return ended && process.exitValue() == 0;
    }

    /** A port free for TCP and UDP on 127.0.0.1 now, for a program to listen on a moment later. */
    public static int freePort() throws IOException {
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
        throw new IOException("no port free for both TCP and UDP on 127.0.0.1");
    }

    /** Waits until a line of the log matches and returns it; fails with the log's tail when the program ends or time runs out first. */
    public String awaitLine(Predicate<String> matching, String what, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean alive = process.isAlive();
            Optional<String> line = text().lines().filter(matching).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!alive || System.nanoTime() > deadline) {
                throw new AssertionError(name + " printed no " + what + " within " + timeout.toSeconds() + " s"
                        + endedHow(alive) + "\n" + report());
            }
            Thread.sleep(50);
        }
    }

    /** Waits until the program accepts TCP connections on 127.0.0.1:{@code port}; fails with the log's tail when it ends or time runs out first. */
    public void awaitListening(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean alive = process.isAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                return;
            } catch (IOException notYet) {
                if (!alive || System.nanoTime() > deadline) {
                    throw new AssertionError(name + " did not listen on port " + port + " within " + timeout.toSeconds() + " s"
                            + endedHow(alive) + "\n" + report());
                }
                Thread.sleep(100);
            }
        }
    }

    /** Waits for the program to end on its own; false when it still runs after the timeout. */
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for the program to end on its own and returns its exit status; fails with the log's tail when it still runs after the timeout. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!waitFor(timeout)) {
            throw new AssertionError(name + " did not end within " + timeout.toSeconds() + " s\n" + report());
        }
        return process.exitValue();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The program's name and the end of its log, for failure messages. */
    public String report() {
        String text;
        try {
            text = text();
        } catch (IOException e) {
            text = "(log unreadable: " + e + ")";
        }
        String tail = text.length() > TAIL_CHARS ? "..." + text.substring(text.length() - TAIL_CHARS) : text;
        return "--- " + name + " log tail ---\n" + tail + "\n--- end of " + name + " log ---";
    }

    /** The log so far; bytes that are not UTF-8 become replacement characters. */
    private String text() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    private String endedHow(boolean alive) {
        return alive ? "" : " (it ended with " + process.exitValue() + ")";
    }

    /** Ends the program: closes its input (which our Python scripts take as the sign to stop), asks it to end (SIGTERM), then forces it. */
    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed: it is ending anyway
        }
        process.destroy();
        if (!waitFor(STOP_TIMEOUT)) {
            process.destroyForcibly();
            waitFor(STOP_TIMEOUT);
        }
    }
}
