package minitorrent.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import minitorrent.engine.FilePriority;
import minitorrent.engine.Session;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.preferences.MiniTorrentPreferences;

/**
 * The one way a torrent enters the workbench's session, whether it comes from the Add action, a
 * drop on the Torrents view or the metainfo editor: parse the file off the UI thread, ask with an
 * {@link AddTorrentDialog} (unless the preferences say not to ask: then it goes to the default
 * folder), then add it in a Job. Every problem is shown in a dialog that names it.
 */
public final class TorrentAdder {

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
        MiniTorrentPreferences preferences = MiniTorrentPreferences.get();
        if (!preferences.askWhereToSave()) {
            Path folder = preferences.downloadFolder();
            List<FilePriority> everyFile = Collections.nCopies(torrent.files().size(), FilePriority.NORMAL);
            addInJob(shell, session, torrent, new AddTorrentDialog.Choice(folder, everyFile, preferences.startPaused()));
            return;
        }
        new AddTorrentDialog(shell, torrent, preferences.downloadFolder(), preferences.startPaused(),
                choice -> addInJob(shell, session, torrent, choice)).open();
    }

    private static void addInJob(Shell shell, Session session, Torrent torrent, AddTorrentDialog.Choice choice) {
        Job job = Job.create(Messages.TorrentsView_addJob + " " + torrent.name(), (IProgressMonitor monitor) -> {
            try {
                Files.createDirectories(choice.folder());
                session.add(torrent, choice.folder(), choice.paused(), choice.priorities());
            } catch (Exception e) {
                showError(shell, torrent.name() + ": " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private static void showError(Shell shell, String message) {
        shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.TorrentsView_addFailed, message);
            }
        });
    }
}
