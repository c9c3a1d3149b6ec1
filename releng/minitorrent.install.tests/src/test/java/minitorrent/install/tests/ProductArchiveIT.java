package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product archive as a user gets it: unpacked, then started from its own start script. */
class ProductArchiveIT {

    private static Path product;

    @BeforeAll
    static void unpack() throws Exception {
        product = UnpackedProduct.folder();
    }

    @Test
    void helpWorksWithoutADisplay() throws Exception {
        ProcessBuilder builder = Processes.builder(product, List.of("./minitorrent", "--help"));
        builder.environment().remove("DISPLAY");
        Processes.Result result = Processes.run(builder, Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().startsWith("Usage: minitorrent"), result.output());
        assertTrue(result.output().contains("version"), result.output());
    }

    @Test
    void withoutJava21ItSaysWhatToInstall() throws Exception {
        Path noJvms = Files.createTempDirectory("no-jvms");
        ProcessBuilder builder = Processes.builder(product, List.of("./minitorrent", "--help"));
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("MINITORRENT_JVM_ROOT", noJvms.toString());
        builder.environment().put("PATH", "/nonexistent:/bin");
        Processes.Result result = Processes.run(builder, Duration.ofSeconds(60));
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("needs Java 21 or newer") && result.output().contains("apt-get install"), result.output());
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        ProcessBuilder builder = Processes.builder(product, List.of("./minitorrent", "no-such-command"));
        builder.environment().remove("DISPLAY");
        Processes.Result result = Processes.run(builder, Duration.ofSeconds(60));
        assertEquals(2, result.exitCode(), result.output());
        assertTrue(result.output().contains("no-such-command"), result.output());
    }

    @Test
    void withoutArgumentsItOpensAWindowTitledMiniTorrent() throws Exception {
        assertWorkbenchShows("MiniTorrent", List.of());
    }

    @Test
    void aTorrentFileGivenToItIsOfferedForAdding() throws Exception {
        Path content = Files.createTempDirectory("minitorrent-content");
        Files.write(content.resolve("shared.bin"), new byte[70_000]);
        Path torrent = content.resolve("shared.torrent");
        Processes.Result created = Processes.run(Processes.builder(product,
                List.of("./minitorrent", "create", content.resolve("shared.bin").toString(), "-o", torrent.toString())),
                Duration.ofSeconds(60));
        assertEquals(0, created.exitCode(), created.output());
        assertWorkbenchShows("Add Torrent", List.of(torrent.toString()));
    }

    /** Starts the workbench with these arguments and waits for a window of that title. */
    private void assertWorkbenchShows(String title, List<String> arguments) throws Exception {
        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isEmpty(), "no X display: run the tests under xvfb-run");
        Path workspace = Files.createTempDirectory("minitorrent-workspace");
        List<String> command = new ArrayList<>(List.of("./minitorrent", "-data", workspace.toString()));
        command.addAll(arguments);
        Process workbench = Processes.builder(product, command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(waitForWindow(title, Duration.ofSeconds(90)), "no window titled " + title + " appeared within 90 s");
            assertTrue(workbench.isAlive(), "the workbench exited after opening its window");
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
    }

    private static boolean waitForWindow(String title, Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Processes.Result tree = Processes.run(new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true), Duration.ofSeconds(20));
            // Some window managers add a space to the name they hand X.
            if (tree.output().contains("\"" + title + "\"") || tree.output().contains("\"" + title + " \"")) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
