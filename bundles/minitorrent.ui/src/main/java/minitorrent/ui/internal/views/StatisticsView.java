package minitorrent.ui.internal.views;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import minitorrent.engine.EngineException;
import minitorrent.engine.RateHistory;
import minitorrent.engine.RemovedTorrents;
import minitorrent.engine.SessionSnapshot;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.metainfo.InfoHash;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.engine.RateRecorder;
import minitorrent.ui.internal.engine.WorkbenchSession;

/**
 * The Statistics view: a graph of the download and upload rates of the last minutes with the
 * totals beside it, for the torrent selected in the Torrents view, or for the whole session
 * while none is (a line above the graph says which). The rates are recorded from the start of
 * the session ({@link RateRecorder}), so the graph shows the past minutes however late the view
 * opens, and choosing another torrent shows its own at once.
 */
public final class StatisticsView extends SelectedTorrentView<StatisticsView.Sample> {

    private final RateHistory idle = new RateHistory(1);
    private Label description;
    private RateChart chart;
    private TotalsPanel torrentTotals;
    private TotalsPanel sessionTotals;

    /**
     * What one poll fetched: the session's snapshot, which torrent is selected, and copies of the
     * session's rate history and of the selected torrent's (empty while it has moved nothing).
     */
    record Sample(Optional<InfoHash> selected, SessionSnapshot session, RateHistory sessionRates,
            Optional<RateHistory> torrentRates) {
    }

    @Override
    protected void createContent(Composite composite) {
        Composite pane = new Composite(composite, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 6).applyTo(pane);
        description = new Label(pane, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(description);
        chart = new RateChart(pane);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(chart.control());
        Composite side = new Composite(pane, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(side);
        GridDataFactory.fillDefaults().hint(230, SWT.DEFAULT).applyTo(side);
        torrentTotals = new TotalsPanel(side, false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(torrentTotals.control());
        sessionTotals = new TotalsPanel(side, true);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sessionTotals.control());
        show(null);
    }

    @Override
    protected Sample fetch(TorrentHandle handle) {
        return sample(Optional.of(handle.infoHash()));
    }

    @Override
    protected Sample fetchUnselected() {
        return sample(Optional.empty());
    }

    private Sample sample(Optional<InfoHash> selected) {
        try {
            RateRecorder rates = WorkbenchSession.rates();
            return new Sample(selected, WorkbenchSession.get().snapshot(), rates.session(), selected.flatMap(rates::torrent));
        } catch (EngineException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    protected void show(Sample sample) {
        SessionSnapshot session = sample == null ? new SessionSnapshot(List.of(), RemovedTorrents.NONE) : sample.session();
        RateHistory sessionRates = sample == null ? idle : sample.sessionRates();
        Optional<TorrentSnapshot> torrent = sample == null ? Optional.empty()
                : sample.selected().flatMap(hash -> session.torrents().stream().filter(s -> s.infoHash().equals(hash)).findFirst());
        int recorded = sessionRates.size();
        if (torrent.isPresent()) {
            TorrentSnapshot shown = torrent.get();
            description.setText(Messages.StatisticsView_showsTorrent.replace("{0}", shown.name()));
            chart.show(sample.torrentRates().orElse(idle), recorded);
            torrentTotals.show(Messages.StatisticsView_torrent, TransferTotals.of(List.of(shown)));
        } else {
            description.setText(Messages.StatisticsView_showsSession);
            chart.show(sessionRates, recorded);
        }
        torrentTotals.control().setVisible(torrent.isPresent());
        ((GridData) torrentTotals.control().getLayoutData()).exclude = torrent.isEmpty();
        sessionTotals.show(Messages.StatisticsView_session, TransferTotals.of(session));
        description.getParent().layout(true, true);
    }

    /** The line above the graph that says what it shows, for tests. */
    public String description() {
        return description.getText();
    }

    /** The graph, for tests. */
    public RateChart chart() {
        return chart;
    }

    /** The totals as the view shows them: the selected torrent's (when one is) and the session's, as name and value texts. */
    public Composite totals() {
        return sessionTotals.control().getParent();
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }
}
