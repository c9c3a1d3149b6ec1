package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's start-up cache on Java 25: the first command of an installation runs the
 * training (every command, and a download from a seeder over 127.0.0.1) and keeps its AOT cache;
 * later commands use it and train no more.
 */
class StartupCacheIT {

    @TempDir
    Path temp;

    @Test
    void theFirstCommandTrainsOneCacheThatLaterCommandsUse() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs Java 25; older Java keeps a class-data archive");
        Path cache = temp.resolve("cache");

        Processes.Result first = version(cache);
        assertEquals(0, first.exitCode(), first.output());
        List<String> kept = cacheFiles(cache);
        assertEquals(1, kept.size(), "one cache, and no .failed marker: " + kept);
        assertTrue(kept.get(0).matches("cli-\\d+\\.aot"), kept.toString());
        long trained = Files.getLastModifiedTime(cache.resolve("minitorrent").resolve(kept.get(0))).toMillis();

        Processes.Result second = version(cache);
        assertEquals(0, second.exitCode(), second.output());
        assertEquals(kept, cacheFiles(cache));
        assertEquals(trained, Files.getLastModifiedTime(cache.resolve("minitorrent").resolve(kept.get(0))).toMillis(), "trained again");
    }

    private Processes.Result version(Path cache) throws Exception {
        List<String> command = new ArrayList<>(List.of(UnpackedProduct.folder().resolve("minitorrent").toString(), "--version"));
        ProcessBuilder builder = Processes.builder(temp, command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("DISPLAY");
        return Processes.run(builder, Duration.ofMinutes(3));
    }

    private static List<String> cacheFiles(Path cache) throws Exception {
        try (Stream<Path> files = Files.list(cache.resolve("minitorrent"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
