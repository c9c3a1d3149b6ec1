package minitorrent.ui.internal.engine;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import minitorrent.tracker.TrackerServer;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerListener;

/**
 * The workbench's embedded tracker, kept as the preferences want it: stopped, or running with one
 * configuration (started again when that changes). Thread-safe; starting and stopping touch
 * sockets and threads, so callers keep it off the UI thread.
 */
final class EmbeddedTracker implements AutoCloseable {

    private TrackerServer server;
    private TrackerServerConfig running;

    /** Runs the tracker with this configuration, or stops it when {@code config} is empty. */
    synchronized void configure(Optional<TrackerServerConfig> config) throws IOException {
        if (config.isPresent() && config.get().equals(running)) {
            return;
        }
        close();
        if (config.isPresent()) {
            server = TrackerServer.start(config.get(), TrackerServerListener.NONE);
            running = config.get();
        }
    }

    /** The URL torrents announce to, while the tracker runs. */
    synchronized Optional<URI> announceUri() {
        return Optional.ofNullable(server).map(TrackerServer::announceUri);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
            running = null;
        }
    }
}
