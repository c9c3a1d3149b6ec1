package minitorrent.ui.internal.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TrackerSnapshot;
import minitorrent.ui.internal.Messages;

/** The Trackers view: the selected torrent's trackers with tier, status, last and next announce, seeds, leechers and the tracker's message. */
public final class TrackersView extends SelectedTorrentView<List<TrackerSnapshot>> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private TableViewer viewer;

    @Override
    protected void createContent(Composite composite) {
        viewer = new TableViewer(composite, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnUrl, 300, SWT.LEFT, tracker -> tracker.uri().toString());
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnTier, 50, SWT.RIGHT, tracker -> String.valueOf(tracker.tier()));
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnStatus, 160, SWT.LEFT, TrackerSnapshot::status);
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnLast, 120, SWT.LEFT, tracker -> time(tracker.lastAnnounce()));
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnNext, 120, SWT.LEFT, tracker -> time(tracker.nextAnnounce()));
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnSeeds, 60, SWT.RIGHT, tracker -> count(tracker.seeders()));
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnLeechers, 80, SWT.RIGHT, tracker -> count(tracker.leechers()));
        TableColumns.<TrackerSnapshot>add(viewer, Messages.TrackersView_columnMessage, 250, SWT.LEFT, tracker -> tracker.message().orElse(""));
        viewer.setInput(List.of());
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(TIME::format).orElse("");
    }

    private static String count(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "";
    }

    @Override
    protected List<TrackerSnapshot> fetch(TorrentHandle handle) {
        return handle.trackers();
    }

    @Override
    protected void show(List<TrackerSnapshot> trackers) {
        viewer.setInput(trackers == null ? List.of() : trackers);
    }

    /** The table of trackers, for tests. */
    public Table table() {
        return viewer.getTable();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
