package minitorrent.install.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs programs the way a user would, with a time limit, and captures what they print. */
final class Processes {

    /** What a finished program left: its exit status and its merged standard output and error. */
    record Result(int exitCode, String output) {
    }

    private Processes() {
    }

    static ProcessBuilder builder(Path directory, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        return builder;
    }

    /** Runs the command to its end, killing it when it outlives the limit. */
    static Result run(ProcessBuilder builder, Duration limit) throws IOException, InterruptedException {
        Path log = Files.createTempFile("minitorrent-process", ".log");
        try {
            Process process = builder.redirectOutput(log.toFile()).start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(builder.command() + " did not finish within " + limit + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The java launcher of the JVM that runs the tests (Java 21+, as MiniTorrent needs). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
