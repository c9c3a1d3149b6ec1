package minitorrent.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import minitorrent.engine.Session;
import minitorrent.engine.TorrentHandle;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.engine.WorkbenchSession;

/**
 * The one way a torrent enters the workbench's session, whether it comes from the Add action, a
 * drop on the Torrents view or the metainfo editor: parse the file off the UI thread, ask with an
 * {@link AddTorrentDialog}, then add it in a Job. Every problem is shown in a dialog that names it.
 */
public final class TorrentAdder {

    private static final String LAST_FOLDER = "lastDownloadFolder";

    private TorrentAdder() {
    }

    /** Reads the .torrent file in a Job, then asks how to add it. */
    public static void addFile(Shell shell, Path torrentFile) {
        Job job = Job.create(Messages.TorrentsView_addJob + " " + torrentFile.getFileName(), (IProgressMonitor monitor) -> {
            try {
                Torrent torrent = new TorrentParser().parse(torrentFile);
                shell.getDisplay().asyncExec(() -> add(shell, torrent));
            } catch (Exception e) {
                showError(shell, torrentFile.getFileName() + ": " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Asks how to add the torrent (on the UI thread), unless the session has it already. */
    public static void add(Shell shell, Torrent torrent) {
        if (shell.isDisposed()) {
            return;
        }
        Session session;
        try {
            session = WorkbenchSession.get();
        } catch (Exception e) {
            showError(shell, e.getMessage());
            return;
        }
        if (session.find(torrent.infoHash()).isPresent()) {
            MessageDialog.openInformation(shell, Messages.AddTorrentDialog_title,
                    Messages.AddTorrentDialog_alreadyAdded.replace("{0}", torrent.name()));
            return;
        }
        new AddTorrentDialog(shell, torrent, lastFolder(), false, choice -> {
            settings().put(LAST_FOLDER, choice.folder().toString());
            Job job = Job.create(Messages.TorrentsView_addJob + " " + torrent.name(), (IProgressMonitor monitor) -> {
                try {
                    TorrentHandle handle = session.add(torrent, choice.folder(), choice.paused(), choice.priorities());
                    handle.snapshot(); // answered once the session has it, so a refresh shows it
                } catch (Exception e) {
                    showError(shell, e.getMessage());
                }
                return Status.OK_STATUS;
            });
            job.schedule();
        }).open();
    }

    /** Where the last torrent went, else the user's Downloads folder (or home, without one). */
    private static Path lastFolder() {
        String last = settings().get(LAST_FOLDER);
        if (last != null) {
            return Path.of(last);
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path downloads = home.resolve("Downloads");
        return Files.isDirectory(downloads) ? downloads : home;
    }

    private static IDialogSettings settings() {
        return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(TorrentAdder.class)).getDialogSettings();
    }

    private static void showError(Shell shell, String message) {
        shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.TorrentsView_addFailed, message);
            }
        });
    }
}
