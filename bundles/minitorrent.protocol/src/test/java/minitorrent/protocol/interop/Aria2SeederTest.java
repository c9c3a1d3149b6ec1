package minitorrent.protocol.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.ExtensionHandshake;
import minitorrent.protocol.TorrentShape;
import minitorrent.testing.ExternalProcess;

/**
 * {@link RealSeederTest} against aria2 1.36, seeding a v1 torrent that libtorrent made (so this
 * test needs python3-libtorrent too), kept on 127.0.0.1 with DHT, LPD and PEX off, for two
 * minutes at most ({@code --stop}).
 */
class Aria2SeederTest extends RealSeederTest {

    private static final String ARIA2 = "aria2c";
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(20);
    private static final int LIFETIME_SECONDS = 120;

    @Override
    Seeder startSeeder(Path directory) throws Exception {
        assumeTrue(ExternalProcess.runs(List.of(ARIA2, "--version")), "aria2 is not installed (apt-get install aria2): test skipped");
        LibtorrentSeederTest.assumeLibtorrent();
        String[] torrent;
        try (ExternalProcess creator = ExternalProcess.start("libtorrent-create", LibtorrentSeederTest.command(directory, true), directory)) {
            torrent = LibtorrentSeederTest.readReady(creator).split(" ");
        }
        int port = ExternalProcess.freePort();
        ExternalProcess aria2 = ExternalProcess.start("aria2", List.of(ARIA2, "--enable-dht=false", "--enable-dht6=false",
                "--bt-enable-lpd=false", "--enable-peer-exchange=false", "--disable-ipv6=true",
                "--interface=127.0.0.1", "--listen-port=" + port, "--bt-request-peer-speed-limit=0",
                "--check-integrity=true", "--seed-ratio=0.0", "--stop=" + LIFETIME_SECONDS,
                "--summary-interval=0", "--dir=" + directory, directory.resolve("payload.torrent").toString()),
                directory);
        try {
            aria2.awaitListening(port, LISTEN_WAIT);
        } catch (AssertionError e) {
            aria2.close();
            throw e;
        }
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
}
