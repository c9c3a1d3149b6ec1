package minitorrent.ui.internal.engine;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import minitorrent.engine.Durations;
import minitorrent.engine.EngineException;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentState;

/**
 * A transfer as the workbench shows work: a Job in the Progress view with the torrent's progress,
 * rate and ETA while it downloads, then its upload rate and ratio while it seeds; it ends when
 * the torrent stops or is removed. Cancelling it pauses the torrent (unless the workbench is
 * shutting down: then the torrent resumes at the next start), also when it is cancelled before
 * it got to run. The job only watches and steers; the engine does the transfer.
 */
final class TransferJob extends Job {

    /** The family of every transfer job, to find them in the job manager. */
    static final Object FAMILY = TransferJob.class;

    private static final int TOTAL_WORK = 1000;
    private static final long POLL_MILLIS = 1000;

    private final TorrentHandle handle;

    TransferJob(TorrentHandle handle) {
        super(nameOf(handle.torrent().name(), handle.snapshot().state()));
        this.handle = handle;
        setUser(false);
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL && !WorkbenchSession.isClosing()) {
                    pauseUnlessClosed();
                }
            }
        });
    }

    /** A job cancelled while waiting to run ends without running: its end, not its run, pauses the torrent. */
    private void pauseUnlessClosed() {
        try {
            handle.pause();
        } catch (IllegalStateException closed) {
            // the session closed meanwhile: nothing is transferring any more
        }
    }

    private static String nameOf(String torrent, TorrentState state) {
        return (state == TorrentState.SEEDING ? "Seeding " : "Downloading ") + torrent;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    TorrentHandle handle() {
        return handle;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TOTAL_WORK);
        int reported = 0;
        try {
            while (true) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                TorrentSnapshot snapshot = handle.snapshot();
                boolean removed = WorkbenchSession.get().find(handle.infoHash()).orElse(null) != handle;
                if (removed || !snapshot.state().isActive() && snapshot.state() != TorrentState.CHECKING) {
                    return Status.OK_STATUS;
                }
                String name = nameOf(snapshot.name(), snapshot.state());
                if (!name.equals(getName())) {
                    setName(name);
                    monitor.setTaskName(name);
                }
                int done = (int) Math.round(snapshot.progress() * TOTAL_WORK);
                monitor.worked(Math.max(0, done - reported));
                reported = Math.max(reported, done);
                monitor.subTask(snapshot.state() == TorrentState.SEEDING
                        ? String.format(Locale.ROOT, "%s/s up, ratio %.2f, %d peers", Sizes.format(snapshot.uploadRate()),
                                snapshot.ratio(), snapshot.peers())
                        : String.format(Locale.ROOT, "%.1f%%, %s/s, %d peers%s", 100 * snapshot.progress(),
                                Sizes.format(snapshot.downloadRate()), snapshot.peers(),
                                snapshot.eta().map(eta -> ", " + Durations.clock(eta) + " left").orElse("")));
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (IllegalStateException | EngineException closed) {
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
