package minitorrent.engine.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Session;
import minitorrent.engine.TorrentHandle;
import minitorrent.testing.ExternalProcess;
import minitorrent.tracker.TrackerServer;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerEvent;

/**
 * Our engine and aria2 exchange a multi-file torrent made by our creator, both ways, on
 * 127.0.0.1. aria2 needs an HTTP tracker to find a seeder, so our embedded tracker introduces
 * them when we seed; when aria2 seeds we connect to it directly.
 */
@Timeout(90)
class Aria2InteropTest {

    private static final Duration TRANSFER = Duration.ofSeconds(30);
    private static final Duration LIFE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @BeforeEach
    void aria2IsThere() {
        Aria2.assumeInstalled();
    }

    @Test
    void downloadsFromAria2Seeding() throws Exception {
        SharedContent content = SharedContent.create(Files.createDirectories(temp.resolve("original")), List.of());
        Path seedFolder = Files.createDirectories(temp.resolve("aria2"));
        content.copyPieces(seedFolder, piece -> true);
        Path ourFolder = Files.createDirectories(temp.resolve("ours"));
        int port = ExternalProcess.freePort();

        try (ExternalProcess aria2 = Aria2.seed(content, seedFolder, port, LIFE, temp);
                Session session = LoopbackSession.start(temp.resolve("state"))) {
            aria2.awaitListening(port, Duration.ofSeconds(20)); // once its check is done
            TorrentHandle handle = session.add(content.torrent(), ourFolder);
            handle.addPeers(List.of(new InetSocketAddress("127.0.0.1", port)));
            Wait.until(TRANSFER, () -> LoopbackSession.finished(handle), "our download from aria2",
                    () -> LoopbackSession.describe(handle) + "\n" + aria2.report());
        }
        content.assertSameAs(ourFolder, "our download from aria2");
    }

    @Test
    void seedsToAria2ThroughOurTracker() throws Exception {
        List<TrackerServerEvent> events = new CopyOnWriteArrayList<>();
        try (TrackerServer tracker = TrackerServer.start(TrackerServerConfig.defaults().withPort(0).withUdp(false)
                .withIntervals(Duration.ofSeconds(5), Duration.ofSeconds(1)).withRequestsPerMinutePerIp(10_000), events::add)) {
            SharedContent content = SharedContent.create(Files.createDirectories(temp.resolve("original")),
                    List.of(List.of(tracker.announceUri().toString())));
            Path aria2Folder = Files.createDirectories(temp.resolve("aria2"));
            try (Session session = LoopbackSession.start(temp.resolve("state"))) {
                TorrentHandle handle = session.add(content.torrent(), content.original().getParent());
                LoopbackSession.awaitSeeding(handle, TRANSFER);
                Wait.until(TRANSFER, () -> announced(events, session.listenPort()), "our seeder's announce",
                        () -> LoopbackSession.describe(handle) + "\ntracker events: " + events);
                try (ExternalProcess aria2 = Aria2.download(content, aria2Folder, ExternalProcess.freePort(), LIFE, temp)) {
                    assertEquals(0, aria2.awaitExit(TRANSFER), "aria2's exit status\n" + aria2.report() + "\n"
                            + LoopbackSession.describe(handle) + "\ntracker events: " + events);
                }
            }
            content.assertSameAs(aria2Folder, "aria2's download from us");
        }
    }

    private static boolean announced(List<TrackerServerEvent> events, int port) {
        return events.stream().anyMatch(event -> event instanceof TrackerServerEvent.Announced a && a.peer().port() == port);
    }
}
