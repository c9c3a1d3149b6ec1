package minitorrent.ui.internal.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

import minitorrent.ui.internal.Messages;

/**
 * The Torrents view: a row per torrent of the session. While the session has none it shows an
 * empty state that tells the user how to get started instead of a bare table.
 * Owned by the UI thread.
 */
public final class TorrentsView extends ViewPart {

    private Composite stack;
    private StackLayout stackLayout;
    private Composite emptyState;
    private TableViewer viewer;
    private LocalResourceManager resources;

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        viewer = createTable(stack);
        emptyState = createEmptyState(stack);
        setTorrents(List.of());
    }

    private static TableViewer createTable(Composite parent) {
        TableViewer tableViewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = tableViewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        addColumn(tableViewer, Messages.TorrentsView_columnName, 260, SWT.LEFT);
        addColumn(tableViewer, Messages.TorrentsView_columnSize, 90, SWT.RIGHT);
        addColumn(tableViewer, Messages.TorrentsView_columnProgress, 120, SWT.LEFT);
        addColumn(tableViewer, Messages.TorrentsView_columnState, 100, SWT.LEFT);
        addColumn(tableViewer, Messages.TorrentsView_columnDownRate, 90, SWT.RIGHT);
        addColumn(tableViewer, Messages.TorrentsView_columnUpRate, 90, SWT.RIGHT);
        addColumn(tableViewer, Messages.TorrentsView_columnPeers, 80, SWT.RIGHT);
        addColumn(tableViewer, Messages.TorrentsView_columnEta, 80, SWT.RIGHT);
        addColumn(tableViewer, Messages.TorrentsView_columnRatio, 60, SWT.RIGHT);
        addColumn(tableViewer, Messages.TorrentsView_columnAdded, 140, SWT.LEFT);
        tableViewer.setContentProvider(ArrayContentProvider.getInstance());
        return tableViewer;
    }

    private static void addColumn(TableViewer tableViewer, String title, int width, int alignment) {
        TableViewerColumn column = new TableViewerColumn(tableViewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
    }

    private Composite createEmptyState(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(24, 24).spacing(0, 12).applyTo(composite);
        Label logo = new Label(composite, SWT.CENTER);
        logo.setImage(resources.create(ImageDescriptor.createFromURL(TorrentsView.class.getResource("/icons/minitorrent64.png"))));
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.CENTER, SWT.END).applyTo(logo);
        Label title = new Label(composite, SWT.CENTER);
        title.setText(Messages.TorrentsView_emptyTitle);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(title);
        Label hint = new Label(composite, SWT.CENTER | SWT.WRAP);
        hint.setText(Messages.TorrentsView_emptyHint);
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.CENTER, SWT.BEGINNING).hint(480, SWT.DEFAULT).applyTo(hint);
        return composite;
    }

    /** Shows these torrents, or the empty state when there are none. */
    void setTorrents(List<?> torrents) {
        viewer.setInput(torrents);
        stackLayout.topControl = torrents.isEmpty() ? emptyState : viewer.getControl();
        stack.layout();
    }

    /** The table of torrents, also while the empty state hides it. */
    public Table table() {
        return viewer.getTable();
    }

    /** What the view shows right now: the table or the empty state. */
    public Control visibleContent() {
        return stackLayout.topControl;
    }

    @Override
    public void setFocus() {
        stackLayout.topControl.setFocus();
    }
}
