package minitorrent.engine;

import java.net.InetSocketAddress;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;

import minitorrent.engine.internal.EventLoop;
import minitorrent.engine.internal.TorrentRuntime;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.Torrent;

/**
 * A torrent in a {@link Session}, for the CLI and the workbench: snapshots to show, commands to
 * give. Thread-safe: every call is handed to the session's event thread and answered within 10 s.
 */
public final class TorrentHandle {

    private final EventLoop loop;
    private final TorrentRuntime runtime;

    TorrentHandle(EventLoop loop, TorrentRuntime runtime) {
        this.loop = loop;
        this.runtime = runtime;
    }

    public InfoHash infoHash() {
        return runtime.infoHash();
    }

    public Torrent torrent() {
        return runtime.torrent();
    }

    public TorrentSnapshot snapshot() {
        return call(runtime::snapshot);
    }

    /** The pieces being downloaded now (requested or partly received), a copy. */
    public BitSet piecesInProgress() {
        return call(runtime::piecesInProgress);
    }

    public List<PeerSnapshot> peers() {
        return call(runtime::peerSnapshots);
    }

    public List<FileSnapshot> files() {
        return call(runtime::fileSnapshots);
    }

    public List<TrackerSnapshot> trackers() {
        return call(runtime::trackerSnapshots);
    }

    /** Stops transferring and keeps it stopped until {@link #resume()}, also across the queue. */
    public void pause() {
        run(runtime::pause);
    }

    public void resume() {
        run(runtime::resume);
    }

    /** Hashes all the data again (the torrent stops meanwhile). */
    public void recheck() {
        run(runtime::recheck);
    }

    /** Peers to connect to, besides those the trackers give. */
    public void addPeers(Collection<InetSocketAddress> addresses) {
        List<InetSocketAddress> copy = List.copyOf(addresses);
        run(() -> runtime.addPeers(copy));
    }

    /** @throws IllegalArgumentException if the torrent has no file of that index */
    public void setFilePriority(int fileIndex, FilePriority priority) {
        run(() -> runtime.setFilePriority(fileIndex, priority));
    }

    /** In order from the first piece (to play a file while it downloads), or rarest first. */
    public void setSequential(boolean sequential) {
        run(() -> runtime.setSequential(sequential));
    }

    public void setRateLimits(RateLimits limits) {
        run(() -> runtime.setRateLimits(limits));
    }

    public RateLimits rateLimits() {
        return call(runtime::rateLimits);
    }

    TorrentRuntime runtime() {
        return runtime;
    }

    private void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    private <T> T call(Callable<T> task) {
        try {
            return loop.call(task);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
