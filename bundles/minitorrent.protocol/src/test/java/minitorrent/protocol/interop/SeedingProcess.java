package minitorrent.protocol.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Another BitTorrent program started by a test, stopped by its handle when the test is done
 * (never by name). Every wait is bounded: starting, reading its first line, stopping.
 */
final class SeedingProcess implements AutoCloseable {

    private static final long STOP_SECONDS = 5;

    private final Process process;
    private final Path log;

    private SeedingProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the command with its output going to {@code log}, or to a pipe when {@code log} is
     * null so that {@link #readLine} can read it.
     */
    static SeedingProcess start(List<String> command, Path directory, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.redirectErrorStream(true);
        if (log != null) {
            builder.redirectOutput(log.toFile());
        }
        return new SeedingProcess(builder.start(), log);
    }

    /** Skips the test unless the program exists and runs. */
    static void assumeRuns(String description, List<String> probe) {
        boolean runs;
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            runs = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
            process.destroyForcibly();
        } catch (IOException e) {
            runs = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs = false;
        }
        assumeTrue(runs, description + " is not installed (" + String.join(" ", probe) + " failed): test skipped");
    }

    /** The first line of the process's output, within the time given, or a failure with what it said. */
    String readLine(long seconds) throws IOException, InterruptedException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String text = line.get(seconds, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("the process ended without a line, exit code "
                        + (process.waitFor(STOP_SECONDS, TimeUnit.SECONDS) ? process.exitValue() : "unknown"));
            }
            return text;
        } catch (TimeoutException e) {
            throw new AssertionError("no line from the process within " + seconds + " s", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /** What the process wrote to its log so far, for failure messages. */
    String logText() {
        try {
            return log == null || !Files.exists(log) ? "" : Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process: politely, then by force. Closing its stdin also tells our Python seeder to stop. */
    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed: it is stopping anyway
        }
        process.destroy();
        if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
        }
    }
}
