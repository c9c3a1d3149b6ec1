package minitorrent.ui.internal.engine;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import minitorrent.engine.EngineException;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;

/**
 * The one engine session of the workbench, started when a view first needs it and closed when
 * the bundle stops (the workbench shuts down) or the JVM is told to end (SIGTERM, logout), which
 * saves every torrent's resume data. The session remembers its torrents in this bundle's state
 * location, so a restart brings them back.
 */
public final class WorkbenchSession {

    private static Session session;

    private WorkbenchSession() {
    }

    /** The session, started on first use. */
    public static synchronized Session get() throws EngineException {
        if (session == null) {
            Path state = Platform.getStateLocation(FrameworkUtil.getBundle(WorkbenchSession.class)).toPath();
            session = Session.start(SessionConfig.defaults(state).withRememberedTorrents(true));
            Runtime.getRuntime().addShutdownHook(new Thread(WorkbenchSession::close, "minitorrent-workbench-shutdown"));
        }
        return session;
    }

    /** Closes the session if it was started. */
    public static synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
