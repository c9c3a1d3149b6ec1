package minitorrent.engine.internal;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import minitorrent.engine.TorrentEvent;
import minitorrent.protocol.PeerId;

/**
 * What every torrent of a session shares: the event loop and disk threads, our peer id and listen
 * port, the session's rate limits and piece memory, and where events, parked connections and
 * resume data go.
 *
 * @param connectionsInUse        connections of the whole session, open or opening
 * @param maxConnections          the session's limit on them
 * @param maxConnectionsPerTorrent each torrent's limit
 * @param resumeFolder            where each torrent's resume data is saved, as {@code <info hash>.resume}
 * @param requeue                 asks the session to apply its queue limits again (a torrent finished, paused...)
 */
public record SessionContext(EventLoop loop, DiskWorkers disk, PeerId peerId, int listenPort, int announceKey,
        TokenBucket download, TokenBucket upload, PieceMemory pieceMemory, Consumer<PeerWire> park,
        Consumer<TorrentEvent> events, IntSupplier connectionsInUse, int maxConnections, int maxConnectionsPerTorrent,
        Path resumeFolder, Runnable requeue) {
}
