package minitorrent.engine.interop;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Session;
import minitorrent.engine.TorrentHandle;

/**
 * A swarm on 127.0.0.1 of three of our sessions and one libtorrent, each starting with a
 * different quarter of the pieces (every fourth piece, so every file is partly present and is
 * checked when added) and given everyone else's address: all of them must end with the original
 * data, each having fetched three quarters from the others.
 */
@Timeout(90)
class SwarmInteropTest {

    private static final int OURS = 3;
    private static final int PARTS = OURS + 1;
    private static final Duration TRANSFER = Duration.ofSeconds(40);

    @TempDir
    Path temp;

    @Test
    void threeOfOursAndLibtorrentEachStartingWithADifferentPartAllFinish() throws Exception {
        Libtorrent.assumeInstalled();
        SharedContent content = SharedContent.create(Files.createDirectories(temp.resolve("original")), List.of());
        List<Path> folders = new ArrayList<>();
        for (int part = 0; part < PARTS; part++) {
            int mine = part;
            Path folder = Files.createDirectories(temp.resolve("peer" + part));
            content.copyPieces(folder, piece -> piece % PARTS == mine);
            folders.add(folder);
        }

        List<Session> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < OURS; i++) {
                sessions.add(LoopbackSession.start(temp.resolve("state" + i)));
            }
            List<InetSocketAddress> ourAddresses = sessions.stream().map(LoopbackSession::address).toList();
            try (ExternalPeer libtorrent = Libtorrent.start("libtorrent-swarm", content, folders.get(OURS), ourAddresses,
                    TRANSFER.plusSeconds(20), temp)) {
                InetSocketAddress libtorrentAddress = new InetSocketAddress("127.0.0.1", Libtorrent.port(libtorrent));
                List<TorrentHandle> handles = new ArrayList<>();
                for (int i = 0; i < OURS; i++) {
                    TorrentHandle handle = sessions.get(i).add(content.torrent(), folders.get(i));
                    List<InetSocketAddress> others = new ArrayList<>(ourAddresses);
                    others.remove(i);
                    others.add(libtorrentAddress);
                    handle.addPeers(others);
                    handles.add(handle);
                }
                Wait.until(TRANSFER, () -> handles.stream().allMatch(LoopbackSession::finished), "our three finishing",
                        () -> handles.stream().map(LoopbackSession::describe).collect(Collectors.joining("\n"))
                                + "\n" + libtorrent.report());
                Libtorrent.awaitFinished(libtorrent, Duration.ofSeconds(10));
            }
        } finally {
            sessions.forEach(Session::close);
        }
        for (int part = 0; part < PARTS; part++) {
            content.assertSameAs(folders.get(part), part < OURS ? "our peer " + part : "libtorrent");
        }
    }
}
