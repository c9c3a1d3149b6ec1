package minitorrent.ui.internal.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;

import minitorrent.engine.EngineException;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentEvent;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentState;
import minitorrent.ui.internal.preferences.MiniTorrentPreferences;

/**
 * The one engine session of the workbench, started when a view first needs it and closed when
 * the bundle stops (the workbench shuts down) or the JVM is told to end (SIGTERM, logout), which
 * saves every torrent's resume data. The session remembers its torrents in this bundle's state
 * location, so a restart brings them back. Each torrent that starts downloading or seeding gets a
 * {@link TransferJob}, so transfers show in the Progress view like any other work, and each
 * completed download a notification. The session starts with the MiniTorrent preferences and
 * follows their changes, with the embedded tracker they ask for ({@link SessionSettings}), and
 * its rates are recorded for the Statistics view from the start ({@link RateRecorder}).
 */
public final class WorkbenchSession {

    private static Session session;
    private static SessionSettings settings;
    private static RateRecorder rates;
    private static volatile boolean closing;

    private WorkbenchSession() {
    }

    /** The session, started on first use. */
    public static synchronized Session get() throws EngineException {
        if (session == null) {
            Path state = Platform.getStateLocation(FrameworkUtil.getBundle(WorkbenchSession.class)).toPath();
            MiniTorrentPreferences preferences = MiniTorrentPreferences.get();
            session = Session.start(preferences.applyTo(SessionConfig.defaults(state).withRememberedTorrents(true)));
            settings = new SessionSettings(session, preferences);
            rates = new RateRecorder(session);
            Runtime.getRuntime().addShutdownHook(new Thread(WorkbenchSession::close, "minitorrent-workbench-shutdown"));
            Session started = session;
            started.addListener(new CompletionNotifier(started));
            started.addListener(event -> {
                if (event.kind() == TorrentEvent.Kind.STATE_CHANGED && isTransferring(TorrentState.valueOf(event.message()))) {
                    started.find(event.infoHash()).ifPresent(WorkbenchSession::watch);
                }
            });
            for (TorrentHandle handle : started.torrents()) {
                if (isTransferring(handle.snapshot().state())) {
                    watch(handle);
                }
            }
        }
        return session;
    }

    /** The rates of the last minutes, recorded since the session started. */
    public static synchronized RateRecorder rates() throws EngineException {
        get();
        return rates;
    }

    /** The embedded tracker's announce URL while it runs (the preferences switch it on). */
    public static synchronized Optional<URI> embeddedTracker() {
        return settings == null ? Optional.empty() : settings.trackerAnnounceUri();
    }

    /** Whether the workbench is shutting down: a transfer job cancelled then must not pause its torrent. */
    static boolean isClosing() {
        return closing;
    }

    /** The jobs that show the downloads and seeds in the Progress view. */
    public static List<Job> transferJobs() {
        return List.of(Job.getJobManager().find(TransferJob.FAMILY));
    }

    private static boolean isTransferring(TorrentState state) {
        return state == TorrentState.DOWNLOADING || state == TorrentState.SEEDING;
    }

    /** Starts a transfer job for the torrent unless one already watches it. */
    private static void watch(TorrentHandle handle) {
        for (Job job : transferJobs()) {
            if (((TransferJob) job).handle() == handle) {
                return;
            }
        }
        new TransferJob(handle).schedule();
    }

    /** Closes the session if it was started. */
    public static synchronized void close() {
        closing = true;
        transferJobs().forEach(Job::cancel);
        if (settings != null) {
            settings.close();
            settings = null;
        }
        if (rates != null) {
            rates.stop();
            rates = null;
        }
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
