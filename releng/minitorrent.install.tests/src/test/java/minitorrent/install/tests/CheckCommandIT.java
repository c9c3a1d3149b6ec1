package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code minitorrent check} from the unpacked product, on data that is whole, damaged and partly missing. */
class CheckCommandIT {

    @TempDir
    Path temp;

    private Path share() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data/share/sub"));
        Random random = new Random(7);
        for (String name : new String[] {"a.bin", "sub/b.bin", "sub/c.bin"}) {
            byte[] bytes = new byte[100_000 + random.nextInt(100_000)];
            random.nextBytes(bytes);
            Files.write(folder.getParent().resolve(name), bytes);
        }
        assertEquals(0, UnpackedProduct.run(temp, "create", folder.getParent().toString(), "-o", "share.torrent", "--piece-size", "16K").exitCode());
        return temp.resolve("data");
    }

    private JsonObject check(Path data, int expectedExit) throws Exception {
        Processes.Result result = UnpackedProduct.run(temp, "check", "share.torrent", "-d", data.toString(), "--json");
        assertEquals(expectedExit, result.exitCode(), result.output());
        return JsonParser.parseString(result.output()).getAsJsonObject();
    }

    @Test
    void completeDataChecksGood() throws Exception {
        JsonObject json = check(share(), 0);
        assertTrue(json.get("complete").getAsBoolean());
        assertEquals(json.get("pieceCount").getAsInt(), json.get("good").getAsInt());
        assertEquals(0, json.get("bad").getAsInt());
        assertEquals(0, json.get("missing").getAsInt());
        assertEquals(3, json.getAsJsonArray("files").size());
    }

    @Test
    void aFlippedByteMakesOnePieceBadAndAMissingFileItsPiecesMissing() throws Exception {
        Path data = share();
        try (RandomAccessFile file = new RandomAccessFile(data.resolve("share/a.bin").toFile(), "rw")) {
            file.seek(20_000);
            int value = file.read();
            file.seek(20_000);
            file.write(value ^ 0xff);
        }
        JsonObject damaged = check(data, 1);
        assertEquals(1, damaged.get("bad").getAsInt());
        assertEquals(0, damaged.get("missing").getAsInt());

        long cSize = Files.size(data.resolve("share/sub/c.bin"));
        Files.delete(data.resolve("share/sub/c.bin"));
        JsonObject missing = check(data, 1);
        assertTrue(missing.get("missing").getAsInt() >= cSize / 16384, missing.toString());
        JsonObject cFile = missing.getAsJsonArray("files").get(2).getAsJsonObject();
        assertEquals("sub/c.bin", cFile.get("path").getAsString());
        assertEquals(0, cFile.get("verifiedBytes").getAsLong());
        assertTrue(Files.notExists(data.resolve("share/sub/c.bin")), "check created a missing file");
    }

    @Test
    void theTextReportNamesFilesAndCounts() throws Exception {
        Path data = share();
        Processes.Result result = UnpackedProduct.run(temp, "check", "share.torrent", "-d", data.toString());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("100.0%  sub/b.bin"), result.output());
        assertTrue(result.output().contains("0 bad, 0 missing"), result.output());

        Processes.Result noFolder = UnpackedProduct.run(temp, "check", "share.torrent", "-d", temp.resolve("nowhere").toString());
        assertEquals(1, noFolder.exitCode(), noFolder.output());
        assertTrue(noFolder.output().contains("nowhere"), noFolder.output());
    }
}
