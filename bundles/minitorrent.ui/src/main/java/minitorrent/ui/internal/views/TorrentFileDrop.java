package minitorrent.ui.internal.views;

import java.nio.file.Path;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Control;

/**
 * Lets .torrent files dragged from a file manager be dropped on a control: each one is added as the
 * Add action adds it, and a dropped file that is no torrent gets the parser's error naming it.
 */
final class TorrentFileDrop extends DropTargetAdapter {

    private final Control control;

    private TorrentFileDrop(Control control) {
        this.control = control;
    }

    static void attach(Control control) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        target.setTransfer(FileTransfer.getInstance());
        target.addDropListener(new TorrentFileDrop(control));
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (event.detail == DND.DROP_DEFAULT) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
        }
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (event.data instanceof String[] paths) {
            for (String path : paths) {
                TorrentAdder.addFile(control.getShell(), Path.of(path));
            }
        }
    }
}
