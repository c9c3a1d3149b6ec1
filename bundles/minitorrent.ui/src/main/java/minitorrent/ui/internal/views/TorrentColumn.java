package minitorrent.ui.internal.views;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.swt.SWT;

import minitorrent.engine.Durations;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.ui.internal.Messages;

/** The columns of the Torrents view: title, width, alignment, the cell's text and the sort order. */
enum TorrentColumn {
    NAME(Messages.TorrentsView_columnName, 260, SWT.LEFT, TorrentSnapshot::name,
            Comparator.comparing(TorrentSnapshot::name, String.CASE_INSENSITIVE_ORDER)),
    SIZE(Messages.TorrentsView_columnSize, 90, SWT.RIGHT, s -> Sizes.format(s.totalLength()),
            Comparator.comparingLong(TorrentSnapshot::totalLength)),
    PROGRESS(Messages.TorrentsView_columnProgress, 130, SWT.LEFT,
            s -> String.format(Locale.ROOT, "%.1f%%", 100 * s.progress()), Comparator.comparingDouble(TorrentSnapshot::progress)),
    STATE(Messages.TorrentsView_columnState, 100, SWT.LEFT, TorrentColumn::state,
            Comparator.comparing(TorrentSnapshot::state)),
    DOWN(Messages.TorrentsView_columnDownRate, 90, SWT.RIGHT, s -> rate(s.downloadRate()),
            Comparator.comparingLong(TorrentSnapshot::downloadRate)),
    UP(Messages.TorrentsView_columnUpRate, 90, SWT.RIGHT, s -> rate(s.uploadRate()),
            Comparator.comparingLong(TorrentSnapshot::uploadRate)),
    PEERS(Messages.TorrentsView_columnPeers, 80, SWT.RIGHT, s -> s.peers() + " (" + s.seeds() + ")",
            Comparator.comparingInt(TorrentSnapshot::peers)),
    ETA(Messages.TorrentsView_columnEta, 80, SWT.RIGHT, s -> s.eta().map(Durations::clock).orElse(""),
            Comparator.comparing(s -> s.eta().orElse(Duration.ofDays(36500)))),
    RATIO(Messages.TorrentsView_columnRatio, 60, SWT.RIGHT, s -> String.format(Locale.ROOT, "%.2f", s.ratio()),
            Comparator.comparingDouble(TorrentSnapshot::ratio)),
    ADDED(Messages.TorrentsView_columnAdded, 140, SWT.LEFT, TorrentColumn::added,
            Comparator.comparing(TorrentSnapshot::added));

    private static final DateTimeFormatter ADDED_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    final String title;
    final int width;
    final int alignment;
    final Function<TorrentSnapshot, String> text;
    final Comparator<TorrentSnapshot> order;

    TorrentColumn(String title, int width, int alignment, Function<TorrentSnapshot, String> text,
            Comparator<TorrentSnapshot> order) {
        this.title = title;
        this.width = width;
        this.alignment = alignment;
        this.text = text;
        this.order = order;
    }

    private static String added(TorrentSnapshot snapshot) {
        return ADDED_FORMAT.format(snapshot.added());
    }

    private static String rate(long bytesPerSecond) {
        return bytesPerSecond == 0 ? "" : Sizes.format(bytesPerSecond) + "/s";
    }

    private static String state(TorrentSnapshot snapshot) {
        return switch (snapshot.state()) {
            case CHECKING -> Messages.TorrentsView_stateChecking;
            case QUEUED -> Messages.TorrentsView_stateQueued;
            case DOWNLOADING -> Messages.TorrentsView_stateDownloading;
            case SEEDING -> Messages.TorrentsView_stateSeeding;
            case PAUSED -> Messages.TorrentsView_statePaused;
            case ERROR -> Messages.TorrentsView_stateError;
        };
    }
}
