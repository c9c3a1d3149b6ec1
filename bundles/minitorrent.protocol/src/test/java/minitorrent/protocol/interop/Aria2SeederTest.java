package minitorrent.protocol.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.ExtensionHandshake;
import minitorrent.protocol.TorrentShape;

/**
 * {@link RealSeederTest} against aria2 1.36, seeding a v1 torrent that libtorrent made (so this
 * test needs python3-libtorrent too), kept on 127.0.0.1 with DHT, LPD and PEX off, for two
 * minutes at most ({@code --stop}).
 */
class Aria2SeederTest extends RealSeederTest {

    private static final String ARIA2 = "aria2c";
    private static final long LISTEN_WAIT_MILLIS = 20_000;
    private static final int LIFETIME_SECONDS = 120;

    @Override
    Seeder startSeeder(Path directory) throws Exception {
        SeedingProcess.assumeRuns("aria2", List.of(ARIA2, "--version"));
        SeedingProcess.assumeRuns("python3-libtorrent", List.of(LibtorrentSeederTest.PYTHON, "-c", "import libtorrent"));
        String[] torrent;
        try (SeedingProcess creator = SeedingProcess.start(LibtorrentSeederTest.command(directory, true), directory, null)) {
            torrent = LibtorrentSeederTest.readReady(creator).split(" ");
        }
        int port = freePort();
        SeedingProcess aria2 = SeedingProcess.start(List.of(ARIA2, "--enable-dht=false", "--enable-dht6=false",
                "--bt-enable-lpd=false", "--enable-peer-exchange=false", "--disable-ipv6=true",
                "--interface=127.0.0.1", "--listen-port=" + port, "--bt-request-peer-speed-limit=0",
                "--check-integrity=true", "--seed-ratio=0.0", "--stop=" + LIFETIME_SECONDS,
                "--summary-interval=0", "--dir=" + directory, directory.resolve("payload.torrent").toString()),
                directory, directory.resolve("aria2.log"));
        awaitListening(aria2, port);
        return new Seeder(aria2, InfoHash.fromHex(torrent[1]), port,
                TorrentShape.of(Long.parseLong(torrent[4]), Integer.parseInt(torrent[3])));
    }

    @Override
    String clientName() {
        return "aria2 1.";
    }

    @Override
    void checkExtensionHandshake(ExtensionHandshake extensions) {
        assertTrue(extensions.clientName().orElseThrow().startsWith("aria2/1."), extensions.toString());
    }

    /** A port nobody listens on now; aria2 takes it a moment later (a small race, fine on a test host). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(SeedingProcess aria2, int port) throws Exception {
        long deadline = System.currentTimeMillis() + LISTEN_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            assertTrue(aria2.isAlive(), () -> "aria2 stopped: " + aria2.logText());
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                return;
            } catch (ConnectException e) {
                Thread.sleep(100);
            }
        }
        aria2.close();
        throw new AssertionError("aria2 did not listen on port " + port + " within " + LISTEN_WAIT_MILLIS + " ms: "
                + aria2.logText());
    }
}
