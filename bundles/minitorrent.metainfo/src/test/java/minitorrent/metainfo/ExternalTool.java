package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another BitTorrent program installed on this machine (mktorrent, transmission-create and -show,
 * libtorrent's Python bindings), run as a process with a time limit. A test that needs one that
 * is missing is skipped with a JUnit assumption naming the Debian package; CI installs them all.
 */
final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 120;
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private final List<String> prefix;

    private ExternalTool(List<String> prefix) {
        this.prefix = prefix;
    }

    /** A program found in /usr/bin or /usr/local/bin; skips the test when it is not installed. */
    static ExternalTool require(String program, String debianPackage) {
        Path found = Path.of("/usr/bin", program);
        if (!Files.isExecutable(found)) {
            found = Path.of("/usr/local/bin", program);
        }
        assumeTrue(Files.isExecutable(found), program + " is not installed (apt-get install " + debianPackage + ")");
        return new ExternalTool(List.of(found.toString()));
    }

    /**
     * libtorrent through libtorrent_tool.py and the Debian Python its bindings are built for;
     * skips the test when python3-libtorrent is not installed.
     */
    static ExternalTool requireLibtorrent(Path scratch) throws IOException {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is not installed (apt-get install python3-libtorrent)");
        Path script = scratch.resolve("libtorrent_tool.py");
        try (InputStream resource = ExternalTool.class.getResourceAsStream("libtorrent_tool.py")) {
            Files.copy(resource, script);
        }
        ExternalTool python = new ExternalTool(List.of(PYTHON.toString()));
        Result probe = python.runAllowingFailure(scratch, "-c", "import libtorrent");
        assumeTrue(probe.exitCode() == 0, "python3-libtorrent is not installed (apt-get install python3-libtorrent): " + probe.errors());
        return new ExternalTool(List.of(PYTHON.toString(), script.toString()));
    }

    /** What a finished run printed. */
    record Result(int exitCode, String output, String errors) {

        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Runs the program with these arguments in {@code directory}; fails the test unless it exits 0. */
    Result run(Path directory, String... arguments) throws IOException {
        Result result = runAllowingFailure(directory, arguments);
        assertEquals(0, result.exitCode(), () -> String.join(" ", command(arguments)) + " failed: " + result.errors() + result.output());
        return result;
    }

    private Result runAllowingFailure(Path directory, String... arguments) throws IOException {
        // Both outputs go to files, so the process never blocks on a full pipe and the wait below is the only one.
        Path output = Files.createTempFile(directory, "stdout", ".txt");
        Path errors = Files.createTempFile(directory, "stderr", ".txt");
        Process process = new ProcessBuilder(command(arguments)).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            assertTrue(finished, () -> String.join(" ", command(arguments)) + " did not finish in " + TIMEOUT_SECONDS + " s");
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), Files.readString(errors));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + prefix, e);
        } finally {
            Files.delete(output);
            Files.delete(errors);
        }
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(arguments));
        return command;
    }
}
