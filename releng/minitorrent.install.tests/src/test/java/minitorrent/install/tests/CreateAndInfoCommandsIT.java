package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code minitorrent create} and {@code info}, run from the unpacked product as a user runs them. */
class CreateAndInfoCommandsIT {

    @TempDir
    Path temp;

    private Path album() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("album/disc 1"));
        Random random = new Random(42);
        for (String name : List.of("disc 1/01 intro.flac", "disc 1/02 song.flac", "cover.jpg")) {
            byte[] data = new byte[50_000 + random.nextInt(200_000)];
            random.nextBytes(data);
            Files.write(temp.resolve("album").resolve(name), data);
        }
        return folder.getParent();
    }

    @Test
    void createThenInfoDescribesTheTorrentAndOtherToolsAgree() throws Exception {
        Path album = album();
        Processes.Result create = UnpackedProduct.run(temp, "create", album.toString(), "-o", "album.torrent",
                "-t", "http://127.0.0.1:6969/announce,http://127.0.0.1:6970/announce", "-t", "udp://127.0.0.1:6969",
                "-w", "http://127.0.0.1:8080/files/", "--private", "-c", "my album", "--source", "TEST", "--piece-size", "32K");
        assertEquals(0, create.exitCode(), create.output());

        Processes.Result info = UnpackedProduct.run(temp, "info", "album.torrent", "--json");
        assertEquals(0, info.exitCode(), info.output());
        JsonObject json = JsonParser.parseString(info.output()).getAsJsonObject();
        assertTrue(create.output().contains(" in " + json.get("pieceCount").getAsInt() + " pieces of 32.0 KiB, info hash "
                + json.get("infoHash").getAsString()), create.output());
        assertEquals("album", json.get("name").getAsString());
        assertEquals(32768, json.get("pieceLength").getAsInt());
        assertTrue(json.get("private").getAsBoolean());
        assertEquals("my album", json.get("comment").getAsString());
        JsonArray files = json.getAsJsonArray("files");
        assertEquals(List.of("cover.jpg", "disc 1/01 intro.flac", "disc 1/02 song.flac"),
                files.asList().stream().map(file -> file.getAsJsonObject().get("path").getAsString()).toList());
        long total = 0;
        for (var file : files) {
            String path = file.getAsJsonObject().get("path").getAsString();
            assertEquals(Files.size(album.resolve(path)), file.getAsJsonObject().get("length").getAsLong(), path);
            total += file.getAsJsonObject().get("length").getAsLong();
        }
        assertEquals(total, json.get("totalLength").getAsLong());
        assertEquals((total + 32767) / 32768, json.get("pieceCount").getAsLong());
        assertEquals("[[\"http://127.0.0.1:6969/announce\",\"http://127.0.0.1:6970/announce\"],[\"udp://127.0.0.1:6969\"]]",
                json.get("trackers").toString());
        assertEquals("[\"http://127.0.0.1:8080/files/\"]", json.get("webSeeds").toString());

        assumeTrue(Files.isExecutable(Path.of("/usr/bin/transmission-show")), "transmission-show is not installed (Debian transmission-cli)");
        ProcessBuilder show = Processes.builder(temp, List.of("/usr/bin/transmission-show", "album.torrent"));
        Processes.Result shown = Processes.run(show, Duration.ofSeconds(60));
        Matcher hash = Pattern.compile("Hash: ([0-9a-f]{40})").matcher(shown.output());
        assertTrue(hash.find(), shown.output());
        assertEquals(hash.group(1), json.get("infoHash").getAsString());
    }

    @Test
    void theHumanSummaryNamesWhatMatters() throws Exception {
        Path album = album();
        assertEquals(0, UnpackedProduct.run(temp, "create", album.toString(), "-o", "album.torrent", "-t", "http://127.0.0.1:6969/announce").exitCode());

        Processes.Result info = UnpackedProduct.run(temp, "info", "album.torrent");

        assertEquals(0, info.exitCode(), info.output());
        assertTrue(info.output().contains("Name:        album"), info.output());
        assertTrue(info.output().matches("(?s).*Info hash:   [0-9a-f]{40}.*"), info.output());
        assertTrue(info.output().contains("in 3 files"), info.output());
        assertTrue(info.output().contains("01 intro.flac"), info.output());
        assertTrue(info.output().contains("tier 1: http://127.0.0.1:6969/announce"), info.output());
    }

    @Test
    void aTorrentOfOnePieceSaysSo() throws Exception {
        Files.write(temp.resolve("note.txt"), new byte[1000]);
        Processes.Result create = UnpackedProduct.run(temp, "create", temp.resolve("note.txt").toString(), "-o", "note.torrent");
        assertEquals(0, create.exitCode(), create.output());
        assertTrue(create.output().contains("note.txt, 1000 B in 1 piece of 16.0 KiB"), create.output());
    }

    @Test
    void withoutADateTheSameInputGivesTheSameFile() throws Exception {
        Path album = album();
        assertEquals(0, UnpackedProduct.run(temp, "create", album.toString(), "-o", "one.torrent", "--no-date").exitCode());
        assertEquals(0, UnpackedProduct.run(temp, "create", album.toString(), "-o", "two.torrent", "--no-date").exitCode());
        assertArrayEquals(Files.readAllBytes(temp.resolve("one.torrent")), Files.readAllBytes(temp.resolve("two.torrent")));
    }

    @Test
    void failuresExitWithOneAndOneLineNamingTheProblem() throws Exception {
        Processes.Result missing = UnpackedProduct.run(temp, "info", "nothing-here.torrent");
        assertEquals(1, missing.exitCode(), missing.output());
        assertEquals(1, missing.output().strip().lines().count(), missing.output());
        assertTrue(missing.output().contains("nothing-here.torrent") && missing.output().contains("no such file"), missing.output());

        Files.writeString(temp.resolve("broken.torrent"), "d4:infod4:name3:abcee");
        Processes.Result broken = UnpackedProduct.run(temp, "info", "broken.torrent");
        assertEquals(1, broken.exitCode(), broken.output());
        assertTrue(broken.output().contains("'piece length' is missing"), broken.output());
        assertFalse(broken.output().contains("at minitorrent."), "a stack trace without --debug: " + broken.output());

        Processes.Result debug = UnpackedProduct.run(temp, "info", "broken.torrent", "--debug");
        assertTrue(debug.output().contains("at minitorrent."), "no stack trace with --debug: " + debug.output());

        Path album = album();
        assertEquals(0, UnpackedProduct.run(temp, "create", album.toString(), "-o", "album.torrent").exitCode());
        Processes.Result exists = UnpackedProduct.run(temp, "create", album.toString(), "-o", "album.torrent");
        assertEquals(1, exists.exitCode(), exists.output());
        assertTrue(exists.output().contains("exists already; use --force"), exists.output());
        assertEquals(0, UnpackedProduct.run(temp, "create", album.toString(), "-o", "album.torrent", "--force").exitCode());
    }

    @Test
    void aMagnetLinkIsDescribedAndABadOneNamed() throws Exception {
        String magnet = "magnet:?xt=urn:btih:0123456789ABCDEF0123456789ABCDEF01234567&dn=My%20Album"
                + "&tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce&tr=udp%3A%2F%2F127.0.0.1%3A6969&x.pe=127.0.0.1:6881";
        Processes.Result info = UnpackedProduct.run(temp, "info", magnet, "--json");
        assertEquals(0, info.exitCode(), info.output());
        JsonObject json = JsonParser.parseString(info.output()).getAsJsonObject();
        assertEquals("0123456789abcdef0123456789abcdef01234567", json.get("infoHash").getAsString());
        assertEquals("My Album", json.get("name").getAsString());
        assertEquals("[[\"http://127.0.0.1:6969/announce\"],[\"udp://127.0.0.1:6969\"]]", json.get("trackers").toString());
        assertEquals("[\"127.0.0.1:6881\"]", json.get("peers").toString());

        Processes.Result bad = UnpackedProduct.run(temp, "info", "magnet:?xt=urn:btih:XYZ");
        assertEquals(1, bad.exitCode(), bad.output());
        assertTrue(bad.output().contains("XYZ"), bad.output());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Processes.Result badPieceSize = UnpackedProduct.run(temp, "create", temp.toString(), "-o", "x.torrent", "--piece-size", "1000");
        assertEquals(2, badPieceSize.exitCode(), badPieceSize.output());
        assertTrue(badPieceSize.output().contains("power of two"), badPieceSize.output());
        Processes.Result noOutput = UnpackedProduct.run(temp, "create", temp.toString());
        assertEquals(2, noOutput.exitCode(), noOutput.output());
        assertTrue(noOutput.output().contains("--output"), noOutput.output());
    }
}
