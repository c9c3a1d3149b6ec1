package minitorrent.ui.internal.views;

import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import minitorrent.engine.Sizes;
import minitorrent.ui.internal.Messages;

/**
 * A titled block of the Statistics view that lists {@link TransferTotals}: names on the left,
 * values right-aligned so that figures line up; the byte counts tell the exact count in a
 * tooltip. On the UI thread.
 */
final class TotalsPanel {

    private final Composite composite;
    private final Label title;
    private final Label downRate;
    private final Label upRate;
    private final Label downloaded;
    private final Label uploaded;
    private final Label ratio;
    private final Label hashFailures;
    private final Label peers;
    private final Label torrents;

    /** A panel; {@code countsTorrents} for the session's, which also says how many torrents it sums. */
    TotalsPanel(Composite parent, boolean countsTorrents) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 3).applyTo(composite);
        title = new Label(composite, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 4).applyTo(title);
        downRate = row(Messages.StatisticsView_downRate);
        upRate = row(Messages.StatisticsView_upRate);
        downloaded = row(Messages.StatisticsView_downloaded);
        uploaded = row(Messages.StatisticsView_uploaded);
        ratio = row(Messages.StatisticsView_ratio);
        hashFailures = row(Messages.StatisticsView_hashFailures);
        peers = row(Messages.StatisticsView_peers);
        torrents = countsTorrents ? row(Messages.StatisticsView_torrents) : null;
    }

    private Label row(String name) {
        new Label(composite, SWT.NONE).setText(name);
        Label value = new Label(composite, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
        return value;
    }

    Composite control() {
        return composite;
    }

    void show(String heading, TransferTotals totals) {
        title.setText(heading);
        downRate.setText(RateChart.rateLabel(totals.downloadRate()));
        upRate.setText(RateChart.rateLabel(totals.uploadRate()));
        downloaded.setText(Sizes.format(totals.downloaded()));
        downloaded.setToolTipText(Sizes.exact(totals.downloaded()) + " B");
        uploaded.setText(Sizes.format(totals.uploaded()));
        uploaded.setToolTipText(Sizes.exact(totals.uploaded()) + " B");
        ratio.setText(String.format(Locale.ROOT, "%.2f", totals.ratio()));
        hashFailures.setText(String.valueOf(totals.hashFailures()));
        peers.setText(Messages.format(Messages.StatisticsView_peersValue, totals.peers(), totals.seeds()));
        if (torrents != null) {
            torrents.setText(String.valueOf(totals.torrents()));
        }
    }
}
