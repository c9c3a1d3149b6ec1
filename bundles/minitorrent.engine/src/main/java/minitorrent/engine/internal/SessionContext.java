package minitorrent.engine.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentEvent;
import minitorrent.protocol.PeerId;

/**
 * What every torrent of a session shares: the event loop and disk threads, our peer id and listen
 * port, the session's rate limits, piece memory and upload buffers, and where events, parked connections and
 * resume data go. The port and the settings are asked for each time, as the session can change
 * them while it runs.
 *
 * @param boundPort        the port peers connect to now
 * @param connectionsInUse connections of the whole session, open or opening
 * @param settings         the session's settings now (connection limits, seeding ratio goal)
 * @param resumeFolder     where each torrent's resume data is saved, as {@code <info hash>.resume}
 * @param requeue          asks the session to apply its queue limits again (a torrent finished, paused...)
 */
public record SessionContext(EventLoop loop, DiskWorkers disk, PeerId peerId, IntSupplier boundPort, int announceKey,
        TokenBucket download, TokenBucket upload, PieceMemory pieceMemory, UploadBuffers uploadBuffers, Consumer<PeerWire> park,
        Consumer<TorrentEvent> events, IntSupplier connectionsInUse, Supplier<SessionConfig> settings,
        Path resumeFolder, Runnable requeue) {

    public int listenPort() {
        return boundPort.getAsInt();
    }

    /** The session's limit on {@link #connectionsInUse}. */
    public int maxConnections() {
        return settings.get().maxConnections();
    }

    public int maxConnectionsPerTorrent() {
        return settings.get().maxConnectionsPerTorrent();
    }

    public double seedRatioGoal() {
        return settings.get().seedRatioGoal();
    }
}
