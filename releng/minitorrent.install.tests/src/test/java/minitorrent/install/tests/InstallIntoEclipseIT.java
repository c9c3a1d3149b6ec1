package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The update site installs into an Eclipse: the build's p2 director made a fresh platform from
 * the Eclipse runtime alone, then installed minitorrent.feature into it from the update site,
 * as Help > Install New Software does. Here we check what landed and that it resolves.
 */
class InstallIntoEclipseIT {

    private static final List<String> INSTALLED_BUNDLES = List.of("minitorrent.bencode", "minitorrent.metainfo", "minitorrent.storage", "minitorrent.protocol", "minitorrent.tracker", "minitorrent.cli", "minitorrent.ui");

    private final Path platform = Path.of(System.getProperty("minitorrent.freshPlatform"));

    @Test
    void theFeatureBringsOurBundlesAndNotTheStandaloneApplication() throws IOException {
        List<String> plugins;
        try (Stream<Path> files = Files.list(platform.resolve("plugins"))) {
            plugins = files.map(path -> path.getFileName().toString()).toList();
        }
        for (String bundle : INSTALLED_BUNDLES) {
            assertTrue(plugins.stream().anyMatch(name -> name.startsWith(bundle + "_")), bundle + " is not installed: " + plugins);
        }
        assertTrue(plugins.stream().anyMatch(name -> name.startsWith("picocli_")), "picocli is not installed");
        assertFalse(plugins.stream().anyMatch(name -> name.startsWith("minitorrent.app_")), "the product's application was installed into the IDE");
        String bundlesInfo = Files.readString(platform.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        for (String bundle : INSTALLED_BUNDLES) {
            assertTrue(bundlesInfo.contains("\n" + bundle + ","), bundle + " is not in the platform's configuration");
        }
    }

    @Test
    void everyInstalledBundleResolvesInTheRunningPlatform() throws Exception {
        Path launcher;
        try (Stream<Path> files = Files.list(platform.resolve("plugins"))) {
            launcher = files.filter(path -> path.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst().orElseThrow();
        }
        Path workspace = Files.createTempDirectory("minitorrent-ide-workspace");
        ProcessBuilder builder = Processes.builder(platform, List.of(Processes.java(), "-jar", launcher.toString(),
                "-nosplash", "-data", workspace.toString(), "-application", "minitorrent.cli.headless", "version"));
        builder.environment().remove("DISPLAY");
        Processes.Result result = Processes.run(builder, Duration.ofMinutes(2));

        assertEquals(0, result.exitCode(), result.output());
        for (String bundle : INSTALLED_BUNDLES) {
            Matcher line = Pattern.compile("^\\s*" + Pattern.quote(bundle) + "\\s+\\S+\\s+(.+)$", Pattern.MULTILINE).matcher(result.output());
            assertTrue(line.find(), bundle + " is not listed by the installed platform:\n" + result.output());
            String state = line.group(1).trim();
            assertTrue(state.equals("resolved") || state.equals("active") || state.equals("starting"), bundle + " is " + state);
        }
    }
}
