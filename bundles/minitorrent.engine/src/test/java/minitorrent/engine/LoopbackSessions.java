package minitorrent.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import minitorrent.metainfo.Torrent;

/**
 * The sessions of one test, on 127.0.0.1 and free ports, each with its state in a folder of its
 * own; closing closes them (and whatever else the test handed over) in reverse order.
 */
final class LoopbackSessions implements AutoCloseable {

    private final Path folder;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    LoopbackSessions(Path folder) {
        this.folder = folder;
    }

    /** The defaults on 127.0.0.1 and a free port, with the state in {@code <name>-state}. */
    SessionConfig config(String name) {
        return SessionConfig.defaults(folder.resolve(name + "-state")).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress());
    }

    Session start(SessionConfig config) throws EngineException {
        return closeLater(Session.start(config));
    }

    Session start(String name) throws EngineException {
        return start(config(name));
    }

    /** Closes it with the sessions. */
    <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    /** Adds the torrent whose data is complete in {@code data} and waits until it seeds. */
    static TorrentHandle seed(Session seeder, Torrent torrent, Path data) throws Exception {
        TorrentHandle handle = seeder.add(torrent, data);
        Await.until(Duration.ofSeconds(10), handle::snapshot, s -> s.state() == TorrentState.SEEDING, "the seeder seeding");
        return handle;
    }

    /** Where peers reach the session. */
    static List<InetSocketAddress> at(Session session) {
        return List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), session.listenPort()));
    }

    @Override
    public void close() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }
}
