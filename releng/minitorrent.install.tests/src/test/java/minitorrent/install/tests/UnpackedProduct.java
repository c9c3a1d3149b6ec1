package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The product archive unpacked once per test run, as a user unpacks it. */
final class UnpackedProduct {

    private static Path folder;

    private UnpackedProduct() {
    }

    static synchronized Path folder() throws Exception {
        if (folder == null) {
            Path archive = Path.of(System.getProperty("minitorrent.productArchive"));
            Path target = Files.createDirectories(Path.of(System.getProperty("minitorrent.workDirectory"), "unpacked"));
            Processes.Result untar = Processes.run(Processes.builder(target, List.of("tar", "xzf", archive.toString())), Duration.ofMinutes(2));
            assertEquals(0, untar.exitCode(), untar.output());
            folder = target.resolve("minitorrent");
        }
        return folder;
    }

    /** Runs the product's start script with these arguments in {@code directory}, without a display. */
    static Processes.Result run(Path directory, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(folder().resolve("minitorrent").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = Processes.builder(directory, command);
        builder.environment().remove("DISPLAY");
        return Processes.run(builder, Duration.ofMinutes(2));
    }
}
