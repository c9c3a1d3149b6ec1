package minitorrent.ui.internal.editor;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import minitorrent.ui.internal.Messages;

/** The Remove, Up and Down buttons in a column beside an editable list of URLs. Owned by the UI thread. */
final class ReorderButtons {

    private final Button remove;
    private final Button up;
    private final Button down;

    /** @param move called with -1 (up) or 1 (down) */
    ReorderButtons(FormToolkit toolkit, Composite parent, Runnable remove, IntConsumer move) {
        Composite column = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().applyTo(column);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(column);
        this.remove = TorrentFormPage.button(toolkit, column, Messages.Trackers_remove, remove);
        this.up = TorrentFormPage.button(toolkit, column, Messages.Trackers_up, () -> move.accept(-1));
        this.down = TorrentFormPage.button(toolkit, column, Messages.Trackers_down, () -> move.accept(1));
    }

    /** Enables each button for the selection: whether there is one, and whether it can move up and down. */
    void update(boolean selected, boolean canMoveUp, boolean canMoveDown) {
        remove.setEnabled(selected);
        up.setEnabled(canMoveUp);
        down.setEnabled(canMoveDown);
    }

    /** Remove, Up, Down. */
    List<Button> buttons() {
        return List.of(remove, up, down);
    }
}
