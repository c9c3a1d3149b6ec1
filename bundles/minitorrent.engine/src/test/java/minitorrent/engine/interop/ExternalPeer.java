package minitorrent.engine.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A BitTorrent program of another project (aria2, our libtorrent driver) run by a test, its
 * output in a log file whose tail goes into failure messages. It is ended by its handle, never by
 * name, and every wait on it is bounded.
 */
final class ExternalPeer implements AutoCloseable {

    private static final int TAIL_CHARS = 3000;

    private final String name;
    private final Process process;
    private final Path log;

    private ExternalPeer(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts the command in {@code directory}, stdout and stderr into {@code directory/name.log}. */
    static ExternalPeer start(String name, List<String> command, Path directory) throws IOException {
        Path log = directory.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ExternalPeer(name, process, log);
    }

    /** Waits until a line of the log matches and returns it, or fails with the log's tail. */
    String awaitLine(Predicate<String> matching, String what, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean alive = process.isAlive();
            Optional<String> line = text().lines().filter(matching).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!alive || System.nanoTime() > deadline) {
                throw new AssertionError(name + " printed no " + what + " within " + timeout.toSeconds() + " s"
                        + (alive ? "" : " (it ended with " + process.exitValue() + ")") + "\n" + report());
            }
            Thread.sleep(50);
        }
    }

    /** The log so far; bytes that are not UTF-8 become replacement characters. */
    private String text() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /** Waits for the program to end on its own and returns its exit code, or fails with the log's tail. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not end within " + timeout.toSeconds() + " s\n" + report());
        }
        return process.exitValue();
    }

    /** The program's name and the end of its log, for failure messages. */
    String report() {
        String text;
        try {
            text = text();
        } catch (IOException e) {
            text = "(log unreadable: " + e + ")";
        }
        String tail = text.length() > TAIL_CHARS ? "..." + text.substring(text.length() - TAIL_CHARS) : text;
        return "--- " + name + " log tail ---\n" + tail + "\n--- end of " + name + " log ---";
    }

    /** Ends the program: politely (SIGTERM), then by force. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
