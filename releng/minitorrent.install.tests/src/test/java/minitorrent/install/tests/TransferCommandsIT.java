package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code minitorrent seed} and {@code minitorrent download} from the unpacked product, as two
 * processes on 127.0.0.1: a folder moves from one to the other, an interrupted download resumes,
 * and bad input is refused with a reason.
 */
class TransferCommandsIT {

    @TempDir
    Path temp;

    private final List<Running> started = new ArrayList<>();

    /** A command running in the background, its output lines collected as they come. */
    private record Running(Process process, BlockingQueue<String> lines, StringBuffer all) {

        String nextLine(Duration timeout) throws InterruptedException {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no output within " + timeout.toSeconds() + " s; so far:\n" + all);
            }
            return line;
        }
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Running running : started) {
            running.process().destroyForcibly();
            running.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Running start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(UnpackedProduct.folder().resolve("minitorrent").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = Processes.builder(temp, command);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        Running running = new Running(process, new LinkedBlockingQueue<>(), new StringBuffer());
        Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    running.all().append(line).append('\n');
                    running.lines().add(line);
                }
            } catch (java.io.IOException ended) {
                // the process is gone
            }
        });
        started.add(running);
        return running;
    }

    /** A folder of three files and its torrent, share.torrent in the temporary folder. */
    private Path share(int size) throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("share/sub"));
        Random random = new Random(11);
        for (String name : new String[] {"a.bin", "sub/b.bin", "sub/c.bin"}) {
            byte[] bytes = new byte[size / 3 + random.nextInt(1000)];
            random.nextBytes(bytes);
            Files.write(data.resolve("share").resolve(name), bytes);
        }
        Processes.Result created = UnpackedProduct.run(temp, "create", data.resolve("share").toString(), "-o", "share.torrent",
                "--piece-size", "32K");
        assertEquals(0, created.exitCode(), created.output());
        return data;
    }

    /** Starts seeding the data and returns the port it listens on. */
    private int seed(Path data) throws Exception {
        Running seeder = start("seed", "share.torrent", "-d", data.toString(), "-p", "0", "--bind", "127.0.0.1",
                "--state-dir", temp.resolve("seeder-state").toString());
        Matcher port = Pattern.compile("listening on port (\\d+)").matcher(seeder.nextLine(Duration.ofSeconds(60)));
        assertTrue(port.find(), seeder.all().toString());
        return Integer.parseInt(port.group(1));
    }

    private static JsonObject lastJson(String output) {
        String[] lines = output.strip().split("\n");
        return JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
    }

    @Test
    void aFolderSeededByOneProcessIsDownloadedByAnother() throws Exception {
        Path data = share(3 << 20);
        int port = seed(data);
        Path leech = Files.createDirectories(temp.resolve("leech"));

        Processes.Result download = UnpackedProduct.run(temp, "download", "share.torrent", "-d", leech.toString(), "-p", "0",
                "--bind", "127.0.0.1", "--state-dir", temp.resolve("leecher-state").toString(), "--peer", "127.0.0.1:" + port,
                "--json-progress");

        assertEquals(0, download.exitCode(), download.output());
        JsonObject done = lastJson(download.output());
        assertEquals("seeding", done.get("state").getAsString());
        assertEquals(1.0, done.get("progress").getAsDouble());
        assertSameFiles(data.resolve("share"), leech.resolve("share"));
    }

    @Test
    void anInterruptedDownloadSavesItsStateAndTheNextRunFetchesOnlyTheRest() throws Exception {
        Path data = share(2 << 20);
        int port = seed(data);
        Path leech = Files.createDirectories(temp.resolve("leech"));
        String state = temp.resolve("leecher-state").toString();
        Running slow = start("download", "share.torrent", "-d", leech.toString(), "-p", "0", "--bind", "127.0.0.1",
                "--state-dir", state, "--peer", "127.0.0.1:" + port, "--max-down", "256K", "--json-progress");
        long before = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (before < 300_000) {
            assertTrue(System.nanoTime() < deadline, "not 300 KB within 60 s:\n" + slow.all());
            before = JsonParser.parseString(slow.nextLine(Duration.ofSeconds(30))).getAsJsonObject().get("completedBytes").getAsLong();
        }

        slow.process().destroy();
        assertTrue(slow.process().waitFor(20, TimeUnit.SECONDS), "the download did not stop within 20 s of SIGTERM");
        try (Stream<Path> saved = Files.list(Path.of(state, "resume"))) {
            assertEquals(1, saved.filter(file -> file.toString().endsWith(".resume")).count(), "resume data saved");
        }

        Processes.Result rest = UnpackedProduct.run(temp, "download", "share.torrent", "-d", leech.toString(), "-p", "0",
                "--bind", "127.0.0.1", "--state-dir", state, "--peer", "127.0.0.1:" + port, "--json-progress");
        assertEquals(0, rest.exitCode(), rest.output());
        JsonObject done = lastJson(rest.output());
        long total = done.get("wantedBytes").getAsLong();
        assertTrue(done.get("downloaded").getAsLong() <= total - before + (64 << 10),
                "fetched only what was missing: " + done.get("downloaded") + " of " + total + " after " + before);
        assertSameFiles(data.resolve("share"), leech.resolve("share"));
    }

    @Test
    void seedingIncompleteDataFailsNamingWhatIsMissing() throws Exception {
        share(300_000);
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Processes.Result seed = UnpackedProduct.run(temp, "seed", "share.torrent", "-d", empty.toString(), "-p", "0",
                "--bind", "127.0.0.1", "--state-dir", temp.resolve("state").toString());
        assertEquals(1, seed.exitCode(), seed.output());
        assertTrue(seed.output().contains("cannot seed 'share': its data is not complete (0 of"), seed.output());
    }

    @Test
    void badOptionsAreUsageErrorsThatNameTheValue() throws Exception {
        share(1000);
        Processes.Result rate = UnpackedProduct.run(temp, "download", "share.torrent", "-d", ".", "--max-down", "fast");
        assertEquals(2, rate.exitCode(), rate.output());
        assertTrue(rate.output().contains("'fast' is not a rate"), rate.output());
        Processes.Result peer = UnpackedProduct.run(temp, "download", "share.torrent", "-d", ".", "--peer", "127.0.0.1:99999");
        assertEquals(2, peer.exitCode(), peer.output());
        assertTrue(peer.output().contains("the port must be 1 to 65535"), peer.output());
        Processes.Result folder = UnpackedProduct.run(temp, "download", "share.torrent", "-d", "missing", "-p", "0",
                "--bind", "127.0.0.1", "--state-dir", temp.resolve("state").toString());
        assertEquals(1, folder.exitCode(), folder.output());
        assertTrue(folder.output().contains("the download folder 'missing' does not exist"), folder.output());
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        for (String name : new String[] {"a.bin", "sub/b.bin", "sub/c.bin"}) {
            assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)), name + " differs");
        }
    }
}
