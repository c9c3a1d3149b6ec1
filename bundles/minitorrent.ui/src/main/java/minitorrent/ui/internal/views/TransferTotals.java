package minitorrent.ui.internal.views;

import java.util.List;

import minitorrent.engine.RemovedTorrents;
import minitorrent.engine.SessionSnapshot;
import minitorrent.engine.TorrentSnapshot;

/**
 * What the Statistics view sums up for one torrent or the whole session: rates, bytes moved in
 * this session, the share ratio, pieces that failed their hash check, peers. The session's
 * counts include what its removed torrents moved, so they never go down.
 */
record TransferTotals(int torrents, long downloadRate, long uploadRate, long downloaded, long uploaded, long had,
        int hashFailures, int peers, int seeds) {

    /** The session's: its torrents' and, but for rates, peers and the torrent count, its removed torrents'. */
    static TransferTotals of(SessionSnapshot session) {
        TransferTotals present = of(session.torrents());
        RemovedTorrents removed = session.removed();
        return new TransferTotals(present.torrents, present.downloadRate, present.uploadRate,
                present.downloaded + removed.downloaded(), present.uploaded + removed.uploaded(), present.had + removed.had(),
                present.hashFailures + removed.hashFailures(), present.peers, present.seeds);
    }

    static TransferTotals of(List<TorrentSnapshot> snapshots) {
        long downRate = 0;
        long upRate = 0;
        long down = 0;
        long up = 0;
        long had = 0;
        int failures = 0;
        int peers = 0;
        int seeds = 0;
        for (TorrentSnapshot snapshot : snapshots) {
            downRate += snapshot.downloadRate();
            upRate += snapshot.uploadRate();
            down += snapshot.downloaded();
            up += snapshot.uploaded();
            had += snapshot.completedLength();
            failures += snapshot.hashFailures();
            peers += snapshot.peers();
            seeds += snapshot.seeds();
        }
        return new TransferTotals(snapshots.size(), downRate, upRate, down, up, had, failures, peers, seeds);
    }

    /** The share ratio, counted as the torrent list counts it. */
    double ratio() {
        return TorrentSnapshot.ratioOf(uploaded, downloaded, had);
    }
}
