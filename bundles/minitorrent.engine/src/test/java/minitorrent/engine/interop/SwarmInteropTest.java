package minitorrent.engine.interop;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

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
 * Swarms on 127.0.0.1 of our sessions and other programs, each peer starting with a different
 * part of the data (so every one of them checks partly present files when it adds the torrent)
 * and most of it to be fetched from the others: all of them must end with the original data.
 */
@Timeout(90)
class SwarmInteropTest {

    private static final Duration TRANSFER = Duration.ofSeconds(40);
    private static final Duration LIFE = TRANSFER.plusSeconds(20);

    @TempDir
    Path temp;

    /** Three of ours and libtorrent, each with every fourth piece, given each other's addresses. */
    @Test
    void threeOfOursAndLibtorrentGivenEachOthersAddressesAllFinish() throws Exception {
        Libtorrent.assumeInstalled();
        SharedContent content = SharedContent.create(Files.createDirectories(temp.resolve("original")), List.of());
        int parts = 4;
        List<Path> folders = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            int mine = part;
            folders.add(folder(content, "peer" + part, piece -> piece % parts == mine));
        }

        List<Session> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < parts - 1; i++) {
                sessions.add(LoopbackSession.start(temp.resolve("state" + i)));
            }
            List<InetSocketAddress> ourAddresses = sessions.stream().map(LoopbackSession::address).toList();
            try (ExternalProcess libtorrent = Libtorrent.start("libtorrent-swarm", content, folders.get(parts - 1),
                    ourAddresses, LIFE, temp)) {
                InetSocketAddress libtorrentAddress = new InetSocketAddress("127.0.0.1", Libtorrent.port(libtorrent));
                List<TorrentHandle> handles = new ArrayList<>();
                for (int i = 0; i < sessions.size(); i++) {
                    TorrentHandle handle = sessions.get(i).add(content.torrent(), folders.get(i));
                    List<InetSocketAddress> others = new ArrayList<>(ourAddresses);
                    others.remove(i);
                    others.add(libtorrentAddress);
                    handle.addPeers(others);
                    handles.add(handle);
                }
                awaitOurs(handles, libtorrent.report());
                Libtorrent.awaitFinished(libtorrent, Duration.ofSeconds(10));
            }
        } finally {
            sessions.forEach(Session::close);
        }
        for (int part = 0; part < parts; part++) {
            content.assertSameAs(folders.get(part), part < parts - 1 ? "our peer " + part : "libtorrent");
        }
    }

    /**
     * Two of ours, aria2 and libtorrent, each with the pieces of different files, finding each
     * other only through our embedded tracker (aria2 without DHT knows no other way).
     */
    @Test
    void twoOfOursAria2AndLibtorrentFindEachOtherThroughOurTracker() throws Exception {
        Libtorrent.assumeInstalled();
        Aria2.assumeInstalled();
        List<TrackerServerEvent> events = new CopyOnWriteArrayList<>();
        try (TrackerServer tracker = TrackerServer.start(TrackerServerConfig.defaults().withPort(0).withUdp(false)
                .withIntervals(Duration.ofSeconds(5), Duration.ofSeconds(1)).withRequestsPerMinutePerIp(10_000), events::add)) {
            SharedContent content = SharedContent.create(Files.createDirectories(temp.resolve("original")),
                    List.of(List.of(tracker.announceUri().toString())));
            List<Path> ourFolders = List.of(folder(content, "ours0", content.piecesOf("a.bin")),
                    folder(content, "ours1", content.piecesOf("sub/deeper/c.bin")));
            Path aria2Folder = folder(content, "aria2", content.piecesOf("notes.txt", "sub/b.bin"));
            Path libtorrentFolder = folder(content, "libtorrent", content.piecesOf("sub2/d.bin", "z.bin"));

            List<Session> sessions = new ArrayList<>();
            try {
                List<TorrentHandle> handles = new ArrayList<>();
                for (int i = 0; i < ourFolders.size(); i++) {
                    Session session = LoopbackSession.start(temp.resolve("state" + i));
                    sessions.add(session);
                    handles.add(session.add(content.torrent(), ourFolders.get(i)));
                    awaitAnnounce(events, session.listenPort(), LoopbackSession.describe(handles.get(i)));
                }
                int aria2Port = ExternalProcess.freePort();
                try (ExternalProcess aria2 = Aria2.seed(content, aria2Folder, aria2Port, LIFE, temp)) {
                    awaitAnnounce(events, aria2Port, aria2.report());
                    try (ExternalProcess libtorrent = Libtorrent.start("libtorrent-swarm", content, libtorrentFolder,
                            List.of(), LIFE, temp)) {
                        awaitOurs(handles, aria2.report() + "\n" + libtorrent.report() + "\ntracker events: " + events);
                        Aria2.awaitSeeding(aria2, Duration.ofSeconds(10));
                        Libtorrent.awaitFinished(libtorrent, Duration.ofSeconds(10));
                    }
                }
            } finally {
                sessions.forEach(Session::close);
            }
            for (int i = 0; i < ourFolders.size(); i++) {
                content.assertSameAs(ourFolders.get(i), "our peer " + i);
            }
            content.assertSameAs(aria2Folder, "aria2");
            content.assertSameAs(libtorrentFolder, "libtorrent");
        }
    }

    private Path folder(SharedContent content, String name, IntPredicate pieces) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        content.copyPieces(folder, pieces);
        return folder;
    }

    private static void awaitOurs(List<TorrentHandle> handles, String others) throws InterruptedException {
        Wait.until(TRANSFER, () -> handles.stream().allMatch(LoopbackSession::finished), "our sessions finishing",
                () -> handles.stream().map(LoopbackSession::describe).collect(Collectors.joining("\n")) + "\n" + others);
    }

    private static void awaitAnnounce(List<TrackerServerEvent> events, int port, String peer) throws InterruptedException {
        Wait.until(Duration.ofSeconds(20), () -> events.stream().anyMatch(
                event -> event instanceof TrackerServerEvent.Announced a && a.peer().port() == port),
                "an announce from port " + port, () -> peer + "\ntracker events: " + events);
    }
}
