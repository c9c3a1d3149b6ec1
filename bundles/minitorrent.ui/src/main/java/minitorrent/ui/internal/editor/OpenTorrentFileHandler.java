package minitorrent.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import minitorrent.ui.internal.Messages;

/**
 * File > Open Torrent File...: picks a .torrent file and opens it in the Torrent Editor. The
 * product has no org.eclipse.ui.ide, whose Open File would do it; in an IDE both work.
 */
public final class OpenTorrentFileHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.OpenTorrent_title);
        dialog.setFilterExtensions(new String[] {"*.torrent", "*"});
        String file = dialog.open();
        if (file != null) {
            try {
                open(window.getActivePage(), Path.of(file));
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), Messages.OpenTorrent_failed, e.getMessage());
            }
        }
        return null;
    }

    /** Opens the file in a Torrent Editor, or brings forward the one it is open in. */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        return page.openEditor(new TorrentFileInput(file), TorrentEditor.ID);
    }
}
