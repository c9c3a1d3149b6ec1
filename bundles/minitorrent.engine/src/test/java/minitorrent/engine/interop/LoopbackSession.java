package minitorrent.engine.interop;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

import minitorrent.engine.EngineException;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentState;

/** Our session as an interop peer: on 127.0.0.1 and a free port, with its state in a folder of its own. */
final class LoopbackSession {

    private LoopbackSession() {
    }

    static Session start(Path stateFolder) throws EngineException {
        return Session.start(SessionConfig.defaults(stateFolder).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress()));
    }

    static InetSocketAddress address(Session session) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), session.listenPort());
    }

    /** Whether the torrent has every piece and seeds. */
    static boolean finished(TorrentHandle handle) {
        TorrentSnapshot snapshot = handle.snapshot();
        return snapshot.isFinished() && snapshot.state() == TorrentState.SEEDING;
    }

    /** Waits until the torrent's check is done and it seeds. */
    static void awaitSeeding(TorrentHandle handle, Duration timeout) throws InterruptedException {
        Wait.until(timeout, () -> handle.snapshot().state() == TorrentState.SEEDING, "our session seeding",
                () -> describe(handle));
    }

    /** The torrent's state and its peers, for failure messages. */
    static String describe(TorrentHandle handle) {
        TorrentSnapshot s = handle.snapshot();
        StringBuilder text = new StringBuilder("ours: ").append(s.state()).append(s.error().map(e -> " (" + e + ")").orElse(""))
                .append(", ").append(s.completedLength()).append(" of ").append(s.totalLength()).append(" bytes, downloaded ")
                .append(s.downloaded()).append(", uploaded ").append(s.uploaded()).append(", hash failures ")
                .append(s.hashFailures()).append(", peers:");
        handle.peers().forEach(peer -> text.append("\n  ").append(peer.address()).append(' ').append(peer.client())
                .append(' ').append(peer.flags()).append(" progress ").append(peer.progress()).append(" in flight ")
                .append(peer.requestsInFlight()));
        return text.toString();
    }
}
