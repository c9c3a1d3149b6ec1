package minitorrent.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import minitorrent.engine.TorrentSnapshot;

/**
 * The rows the Torrents view shows: the session's latest snapshots, filtered by the text in the
 * filter box (a part of the name, any case) and sorted by the chosen column. Owned by the UI thread.
 */
final class TorrentRows {

    private List<TorrentSnapshot> all = List.of();
    private List<TorrentSnapshot> shown = List.of();
    private String filter = "";
    private TorrentColumn sortColumn;
    private boolean ascending = true;

    /** Replaces the snapshots and recomputes what is shown. */
    void setAll(List<TorrentSnapshot> snapshots) {
        all = List.copyOf(snapshots);
        recompute();
    }

    void setFilter(String text) {
        filter = text.strip().toLowerCase(Locale.ROOT);
        recompute();
    }

    /** Sorts by the column; the same column again reverses the order. */
    void sortBy(TorrentColumn column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        recompute();
    }

    TorrentColumn sortColumn() {
        return sortColumn;
    }

    boolean ascending() {
        return ascending;
    }

    List<TorrentSnapshot> shown() {
        return shown;
    }

    /** Whether the session has any torrent at all (a filter may hide them all). */
    boolean isEmpty() {
        return all.isEmpty();
    }

    private void recompute() {
        List<TorrentSnapshot> rows = new ArrayList<>();
        for (TorrentSnapshot snapshot : all) {
            if (filter.isEmpty() || snapshot.name().toLowerCase(Locale.ROOT).contains(filter)) {
                rows.add(snapshot);
            }
        }
        if (sortColumn != null) {
            Comparator<TorrentSnapshot> order = ascending ? sortColumn.order : sortColumn.order.reversed();
            rows.sort(order);
        }
        shown = rows;
    }
}
