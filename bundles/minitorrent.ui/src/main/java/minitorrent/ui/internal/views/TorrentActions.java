package minitorrent.ui.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import minitorrent.engine.Session;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentState;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.wizards.CreateTorrentWizard;

/**
 * What a user can do with torrents from the Torrents view's toolbar and context menu: add a
 * .torrent file, create one, start, pause, recheck, open the containing folder, remove (with or without the
 * data, after asking). Slow work (parsing, removing data) runs in a Job, never on the UI thread.
 */
final class TorrentActions {

    private final Shell shell;
    private final Supplier<Session> session;
    private final Supplier<List<TorrentSnapshot>> selection;
    private final Runnable refresh;

    final Action add;
    final Action create;
    final Action start;
    final Action pause;
    final Action recheck;
    final Action openFolder;
    final Action remove;

    TorrentActions(Shell shell, Supplier<Session> session, Supplier<List<TorrentSnapshot>> selection, Runnable refresh) {
        this.shell = shell;
        this.session = session;
        this.selection = selection;
        this.refresh = refresh;
        add = action(Messages.TorrentsView_actionAdd, this::addTorrentFiles);
        create = action(Messages.TorrentsView_actionCreate, () -> new WizardDialog(shell, new CreateTorrentWizard()).open());
        start = action(Messages.TorrentsView_actionStart, () -> eachSelected(TorrentHandle::resume));
        pause = action(Messages.TorrentsView_actionPause, () -> eachSelected(TorrentHandle::pause));
        recheck = action(Messages.TorrentsView_actionRecheck, () -> eachSelected(TorrentHandle::recheck));
        openFolder = action(Messages.TorrentsView_actionOpenFolder, this::openContainingFolder);
        remove = action(Messages.TorrentsView_actionRemove, this::removeSelected);
        selectionChanged();
    }

    private static Action action(String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text.replace("...", ""));
        return action;
    }

    void contributeTo(IToolBarManager toolBar) {
        toolBar.add(add);
        toolBar.add(create);
        toolBar.add(new Separator());
        toolBar.add(start);
        toolBar.add(pause);
        toolBar.add(remove);
    }

    void contributeTo(IMenuManager menu) {
        menu.add(add);
        menu.add(create);
        menu.add(new Separator());
        menu.add(start);
        menu.add(pause);
        menu.add(recheck);
        menu.add(new Separator());
        menu.add(openFolder);
        menu.add(new Separator());
        menu.add(remove);
    }

    /** Enables what makes sense for the selected torrents. */
    void selectionChanged() {
        List<TorrentSnapshot> selected = selection.get();
        boolean any = !selected.isEmpty();
        start.setEnabled(selected.stream().anyMatch(s -> s.state() == TorrentState.PAUSED));
        pause.setEnabled(selected.stream().anyMatch(s -> s.state() != TorrentState.PAUSED));
        recheck.setEnabled(any);
        openFolder.setEnabled(selected.size() == 1);
        remove.setEnabled(any);
    }

    private void addTorrentFiles() {
        FileDialog files = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        files.setText(Messages.TorrentsView_addTitle);
        files.setFilterExtensions(new String[] {"*.torrent", "*"});
        if (files.open() == null) {
            return;
        }
        for (String name : files.getFileNames()) {
            TorrentAdder.addFile(shell, Path.of(files.getFilterPath(), name));
        }
    }

    private void openContainingFolder() {
        List<TorrentSnapshot> selected = selection.get();
        if (selected.size() == 1) {
            Program.launch(selected.get(0).downloadPath().toString());
        }
    }

    private void removeSelected() {
        List<TorrentSnapshot> selected = selection.get();
        if (selected.isEmpty()) {
            return;
        }
        String what = selected.size() == 1 ? "'" + selected.get(0).name() + "'" : selected.size() + " torrents";
        MessageDialog dialog = new MessageDialog(shell, Messages.TorrentsView_removeTitle, null,
                Messages.TorrentsView_removeQuestion.replace("{0}", what), MessageDialog.QUESTION,
                new String[] {Messages.TorrentsView_removeKeepData, Messages.TorrentsView_removeDeleteData,
                        Messages.TorrentsView_cancel}, 0);
        int choice = dialog.open();
        if (choice == 0 || choice == 1) {
            remove(selected, choice == 1);
        }
    }

    /** Removes the torrents, and their data too when asked, in a Job. */
    void remove(List<TorrentSnapshot> torrents, boolean deleteData) {
        Job job = Job.create(Messages.TorrentsView_removeJob, (IProgressMonitor monitor) -> {
            for (TorrentSnapshot snapshot : torrents) {
                try {
                    var handle = session.get().find(snapshot.infoHash());
                    if (handle.isPresent()) {
                        session.get().remove(handle.get(), deleteData);
                    }
                } catch (Exception e) {
                    showError(Messages.TorrentsView_removeFailed, snapshot.name() + ": " + e.getMessage());
                }
            }
            shell.getDisplay().asyncExec(refresh);
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void eachSelected(Consumer<TorrentHandle> command) {
        for (TorrentSnapshot snapshot : selection.get()) {
            session.get().find(snapshot.infoHash()).ifPresent(command);
        }
        refresh.run();
    }

    private void showError(String title, String message) {
        shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.openError(shell, title, message);
            }
        });
    }
}
