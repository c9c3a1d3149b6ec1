package minitorrent.ui.internal.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import minitorrent.engine.EngineException;
import minitorrent.engine.Session;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.metainfo.InfoHash;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.engine.WorkbenchSession;

/**
 * The Torrents view: a row per torrent of the session with its progress bar, state, rates, peers,
 * ETA and ratio, refreshed every second (the session's totals in the status line); sortable
 * columns, a filter box, multi-select, and the
 * {@link TorrentActions} in the toolbar and context menu. The table is virtual: only visible rows
 * are built, so 10,000 torrents scroll as smoothly as ten. Its selection (TorrentSnapshot
 * elements) drives the other MiniTorrent views. While the session has no torrent it shows an
 * empty state that tells the user how to get started.
 */
public final class TorrentsView extends ViewPart {

    private static final long REFRESH_MILLIS = 1000;

    private final TorrentRows rows = new TorrentRows();
    private Composite stack;
    private StackLayout stackLayout;
    private Composite emptyState;
    private Composite tablePane;
    private Text filter;
    private TableViewer viewer;
    private LocalResourceManager resources;
    private TorrentActions actions;
    private Job poller;
    private volatile Callable<List<TorrentSnapshot>> source = () -> WorkbenchSession.get().snapshots();
    private long builtRows;
    private String statusLine = "";

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        tablePane = createTablePane(stack);
        emptyState = createEmptyState(stack);
        TorrentFileDrop.attach(viewer.getTable());
        TorrentFileDrop.attach(emptyState);
        actions = new TorrentActions(parent.getShell(), this::session, this::selectedTorrents, this::refreshSoon);
        actions.contributeTo(getViewSite().getActionBars().getToolBarManager());
        MenuManager menu = new MenuManager();
        actions.contributeTo(menu);
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(new TorrentSelection(viewer, this::selectedTorrents));
        viewer.addSelectionChangedListener(event -> actions.selectionChanged());
        show(List.of());
        startPolling();
    }

    private Composite createTablePane(Composite parent) {
        Composite pane = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(pane);
        filter = new Text(pane, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.TorrentsView_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(event -> {
            rows.setFilter(filter.getText());
            showRows();
        });
        viewer = new TableViewer(pane, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < rows.shown().size()) {
                    builtRows++;
                    viewer.replace(rows.shown().get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
                // the rows come from TorrentRows, not from the input
            }
        });
        for (TorrentColumn column : TorrentColumn.values()) {
            addColumn(column);
        }
        viewer.setInput(rows);
        return pane;
    }

    private void addColumn(TorrentColumn column) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.alignment);
        TableColumn tableColumn = viewerColumn.getColumn();
        tableColumn.setText(column.title);
        tableColumn.setWidth(column.width);
        tableColumn.setMoveable(true);
        if (column == TorrentColumn.PROGRESS) {
            ProgressCell.install(viewerColumn);
        } else {
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text.apply((TorrentSnapshot) element);
                }
            });
        }
        tableColumn.addListener(SWT.Selection, event -> {
            rows.sortBy(column);
            viewer.getTable().setSortColumn(tableColumn);
            viewer.getTable().setSortDirection(rows.ascending() ? SWT.UP : SWT.DOWN);
            showRows();
        });
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

    private Session session() {
        try {
            return WorkbenchSession.get();
        } catch (EngineException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Fetches the session's snapshots every second off the UI thread, then shows them. */
    private void startPolling() {
        poller = new Job(Messages.TorrentsView_refreshJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<TorrentSnapshot> snapshots;
                try {
                    snapshots = source.call();
                } catch (Exception e) {
                    return Status.error(e.getMessage(), e);
                }
                if (!stack.isDisposed()) {
                    stack.getDisplay().asyncExec(() -> {
                        if (!stack.isDisposed()) {
                            show(snapshots);
                        }
                    });
                    schedule(REFRESH_MILLIS);
                }
                return Status.OK_STATUS;
            }
        };
        poller.setSystem(true);
        poller.schedule();
    }

    private void refreshSoon() {
        if (poller != null) {
            poller.schedule();
        }
    }

    /**
     * Where the view takes its rows from every second: the workbench session unless told
     * otherwise (a test shows many made-up torrents this way). Call on the UI thread.
     */
    public void setSource(Callable<List<TorrentSnapshot>> newSource) {
        source = newSource;
        refreshSoon();
    }

    /** Shows these snapshots (the session's torrents), or the empty state when there are none; keeps the selection. */
    public void show(List<TorrentSnapshot> snapshots) {
        rows.setAll(snapshots);
        showRows();
        statusLine = statusText(snapshots);
        getViewSite().getActionBars().getStatusLineManager().setMessage(statusLine);
    }

    /** The session's totals for the status line: rates, peers, torrents. */
    static String statusText(List<TorrentSnapshot> snapshots) {
        TransferTotals totals = TransferTotals.of(snapshots);
        return Messages.format(Messages.TorrentsView_status, Sizes.format(totals.downloadRate()),
                Sizes.format(totals.uploadRate()), totals.peers(), totals.torrents());
    }

    /** What the status line says while the view is active. */
    public String statusLine() {
        return statusLine;
    }

    private void showRows() {
        Set<InfoHash> selected = new HashSet<>();
        selectedTorrents().forEach(snapshot -> selected.add(snapshot.infoHash()));
        List<TorrentSnapshot> shown = rows.shown();
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            viewer.setItemCount(shown.size());
            viewer.refresh();
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                if (selected.contains(shown.get(i).infoHash())) {
                    indexes.add(i);
                }
            }
            table.setSelection(indexes.stream().mapToInt(Integer::intValue).toArray());
        } finally {
            table.setRedraw(true);
        }
        Control top = rows.isEmpty() ? emptyState : tablePane;
        if (stackLayout.topControl != top) {
            stackLayout.topControl = top;
            stack.layout();
        }
        actions.selectionChanged();
    }

    /** The torrents selected in the table, as last shown. */
    public List<TorrentSnapshot> selectedTorrents() {
        List<TorrentSnapshot> selected = new ArrayList<>();
        for (int index : viewer.getTable().getSelectionIndices()) {
            if (index < rows.shown().size()) {
                selected.add(rows.shown().get(index));
            }
        }
        return selected;
    }

    /** The table of torrents, also while the empty state hides it. */
    public Table table() {
        return viewer.getTable();
    }

    /** The filter box above the table. */
    public Text filter() {
        return filter;
    }

    /** How many rows the virtual table has built so far: far fewer than it holds when it holds many. */
    public long builtRows() {
        return builtRows;
    }

    /** What the view shows right now: the table (with its filter box) or the empty state. */
    public Control visibleContent() {
        return stackLayout.topControl;
    }

    /** The actions of the toolbar and context menu, for tests. */
    public List<org.eclipse.jface.action.IAction> actions() {
        return List.of(actions.add, actions.create, actions.start, actions.pause, actions.recheck, actions.openFolder, actions.remove);
    }

    @Override
    public void setFocus() {
        stackLayout.topControl.setFocus();
    }

    @Override
    public void dispose() {
        if (poller != null) {
            poller.cancel();
        }
        super.dispose();
    }
}
