package minitorrent.ui.internal.engine;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import minitorrent.engine.RateHistory;
import minitorrent.engine.Session;
import minitorrent.engine.SessionRateHistory;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.metainfo.InfoHash;
import minitorrent.ui.internal.Messages;

/**
 * The transfer rates of the last minutes, the session's and each torrent's, recorded once a
 * second for as long as the workbench's session runs, so that the Statistics view shows them
 * however late it is opened. The recording is a system Job (not shown in the Progress view);
 * readers on other threads get copies.
 */
public final class RateRecorder {

    /** How far back the histories go. */
    public static final int WINDOW_SECONDS = 300;

    private static final long PERIOD_MILLIS = 1000;

    private final Session session;
    private final long startNanos = System.nanoTime();
    private final SessionRateHistory histories = new SessionRateHistory(WINDOW_SECONDS);
    private final Job recording;
    private volatile boolean stopped;

    RateRecorder(Session session) {
        this.session = session;
        recording = new Job(Messages.StatisticsView_recordJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (record()) {
                    schedule(PERIOD_MILLIS);
                }
                return Status.OK_STATUS;
            }
        };
        recording.setSystem(true);
        recording.schedule();
    }

    /** Records this second's rates; false once the session has closed. */
    private boolean record() {
        if (stopped) {
            return false;
        }
        List<TorrentSnapshot> snapshots;
        try {
            snapshots = session.snapshots();
        } catch (IllegalStateException e) {
            return false; // the session closed
        }
        synchronized (this) {
            histories.record((System.nanoTime() - startNanos) / 1_000_000_000L, snapshots);
        }
        return true;
    }

    /** A copy of the whole session's rates. */
    public synchronized RateHistory session() {
        return histories.session().copy();
    }

    /** A copy of the torrent's rates; empty while it has not moved a byte since recording began. */
    public synchronized Optional<RateHistory> torrent(InfoHash infoHash) {
        return histories.torrent(infoHash).map(RateHistory::copy);
    }

    void stop() {
        stopped = true;
        recording.cancel();
    }
}
