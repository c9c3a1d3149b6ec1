package minitorrent.ui.internal.wizards;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;

import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.CreatedTorrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.engine.WorkbenchSession;

/**
 * Creates a .torrent from a file or folder: the page gathers the choices, then a Job hashes the
 * content with progress and cancel in the Progress view, writes the file and, when asked, seeds
 * it from where the content is. A failure is shown in a dialog naming the problem.
 */
public final class CreateTorrentWizard extends Wizard {

    /** The family of creation jobs, to find them in the job manager. */
    public static final Object JOB_FAMILY = CreateTorrentWizard.class;

    private final CreateTorrentPage page = new CreateTorrentPage();

    public CreateTorrentWizard() {
        setWindowTitle(Messages.CreateTorrent_window);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    public CreateTorrentPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        CreateOptions options = page.options();
        Path output = page.outputFile();
        boolean seed = page.startSeeding();
        Display display = getShell().getDisplay();
        Job job = new Job(Messages.CreateTorrent_job.replace("{0}", options.content().getFileName().toString())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), 1000);
                try {
                    CreatedTorrent created = new TorrentCreator().create(options, new CreateProgress() {
                        private int reported;

                        @Override
                        public synchronized void hashed(long hashed, long total) {
                            int done = total == 0 ? 1000 : (int) (1000 * hashed / total);
                            monitor.worked(Math.max(0, done - reported));
                            reported = Math.max(reported, done);
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCanceled();
                        }
                    });
                    TorrentCreator.write(created, output, true);
                    if (seed) {
                        Path folder = options.content().toAbsolutePath().getParent();
                        WorkbenchSession.get().add(created.torrent(), folder);
                    }
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    display.asyncExec(() -> MessageDialog.openError(null, Messages.CreateTorrent_failed,
                            options.content() + ": " + e.getMessage()));
                    return Status.CANCEL_STATUS;
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return true;
    }
}
