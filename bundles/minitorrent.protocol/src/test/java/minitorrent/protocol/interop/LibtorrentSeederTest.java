package minitorrent.protocol.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.ExtensionHandshake;
import minitorrent.protocol.TorrentShape;
import minitorrent.testing.ExternalProcess;
import minitorrent.testing.PythonScripts;

/**
 * {@link RealSeederTest} against libtorrent-rasterbar 2.0 (Debian's python3-libtorrent), seeding
 * from a session that listens on 127.0.0.1 only, with DHT, LSD, UPnP, NAT-PMP, uTP and the
 * default plugins off (see {@code libtorrent_seed.py}).
 */
class LibtorrentSeederTest extends RealSeederTest {

    static final String PYTHON = "/usr/bin/python3";
    private static final long READY_SECONDS = 60;

    @Override
    Seeder startSeeder(Path directory) throws Exception {
        assumeLibtorrent();
        ExternalProcess process = ExternalProcess.start("libtorrent-seed", command(directory, false), directory);
        String ready = readReady(process);
        String[] fields = ready.split(" ");
        int port = Integer.parseInt(fields[2]);
        assertTrue(port > 0, ready);
        return new Seeder(process, InfoHash.fromHex(fields[1]), port,
                TorrentShape.of(Long.parseLong(fields[4]), Integer.parseInt(fields[3])));
    }

    @Override
    String clientName() {
        return "libtorrent 2.";
    }

    /** libtorrent names itself with a slash, says how many requests it queues and where it sees us. */
    @Override
    void checkExtensionHandshake(ExtensionHandshake extensions) {
        assertTrue(extensions.clientName().orElseThrow().startsWith("libtorrent/2."), extensions.toString());
        assertTrue(extensions.requestQueueLength().orElseThrow() > 0, extensions.toString());
        assertEquals(Optional.of(InetAddress.getLoopbackAddress()), extensions.yourIp());
    }

    /** The command that makes {@code payload.bin} and its v1 torrent in the directory, and seeds it unless told not to. */
    static List<String> command(Path directory, boolean createOnly) throws IOException {
        Path script = PythonScripts.extract(LibtorrentSeederTest.class, "/minitorrent/protocol/libtorrent_seed.py", directory);
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), directory.toString(),
                Integer.toString(PAYLOAD_SIZE), Integer.toString(PIECE_LENGTH)));
        if (createOnly) {
            command.add("--create-only");
        }
        return command;
    }

    /** Skips the test when the Debian Python cannot import libtorrent. */
    static void assumeLibtorrent() throws InterruptedException {
        assumeTrue(ExternalProcess.runs(List.of(PYTHON, "-c", "import libtorrent")),
                "python3-libtorrent is not installed (apt-get install python3-libtorrent): test skipped");
    }

    /** The script's {@code READY <info hash> <port> <piece length> <total length>} line; or it is ended, and the test fails with its log. */
    static String readReady(ExternalProcess process) throws Exception {
        try {
            return process.awaitLine(line -> line.startsWith("READY "), "READY line", Duration.ofSeconds(READY_SECONDS));
        } catch (AssertionError e) {
            process.close();
            throw e;
        }
    }
}
