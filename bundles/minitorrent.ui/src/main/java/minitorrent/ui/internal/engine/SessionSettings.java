package minitorrent.ui.internal.engine;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;

import minitorrent.engine.EngineException;
import minitorrent.engine.Session;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.preferences.MiniTorrentPreferences;

/**
 * Keeps the running session and the embedded tracker as the preferences say, from when the
 * session starts until it closes: every change of the preferences is applied live (limits, queue,
 * ratio goal, listen port, tracker) by a system job, off the UI thread; one OK in the preference
 * dialog changes many keys, so the job waits a moment and applies them together. A port that
 * cannot be bound is shown to the user and the old one kept.
 */
public final class SessionSettings implements IPropertyChangeListener, AutoCloseable {

    /** The family of the job that applies the preferences, for tests that wait for it. */
    public static final Object FAMILY = SessionSettings.class;

    private static final long COALESCE_MILLIS = 100;

    private final Session session;
    private final MiniTorrentPreferences preferences;
    private final EmbeddedTracker tracker = new EmbeddedTracker();
    private final Job applying = new Job(Messages.Preferences_applyJob) {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            apply();
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    };

    /** Starts following the preferences; the session was started with their values, the tracker starts now if wanted. */
    SessionSettings(Session session, MiniTorrentPreferences preferences) {
        this.session = session;
        this.preferences = preferences;
        applying.setSystem(true);
        preferences.store().addPropertyChangeListener(this);
        applying.schedule();
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        applying.schedule(COALESCE_MILLIS);
    }

    /** The embedded tracker's announce URL while it runs. */
    Optional<URI> trackerAnnounceUri() {
        return tracker.announceUri();
    }

    private void apply() {
        session.setRateLimits(preferences.rateLimits());
        session.setTorrentRateLimits(preferences.torrentRateLimits());
        session.setConnectionLimits(preferences.maxConnections(), preferences.maxConnectionsPerTorrent());
        session.setQueueLimits(preferences.maxActiveDownloads(), preferences.maxActiveSeeds());
        session.setSeedRatioGoal(preferences.seedRatioGoal());
        int port = preferences.listenPort();
        if (port != session.config().listenPort()) {
            try {
                session.setListenPort(port);
            } catch (EngineException e) {
                report(NLS.bind(Messages.Preferences_listenPortFailed, port, e.getMessage()), e);
            }
        }
        TrackerServerConfig trackerConfig = preferences.trackerConfig();
        try {
            tracker.configure(preferences.trackerEnabled() ? Optional.of(trackerConfig) : Optional.empty());
        } catch (IOException e) {
            report(NLS.bind(Messages.Preferences_trackerFailed,
                    new Object[] {trackerConfig.bindAddress().getHostAddress(), trackerConfig.httpPort(), e.getMessage()}), e);
        }
    }

    private static void report(String message, Exception cause) {
        StatusManager.getManager().handle(Status.error(message, cause), StatusManager.SHOW | StatusManager.LOG);
    }

    /** Stops following the preferences and stops the tracker. */
    @Override
    public void close() {
        preferences.store().removePropertyChangeListener(this);
        applying.cancel();
        try {
            applying.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tracker.close();
    }
}
