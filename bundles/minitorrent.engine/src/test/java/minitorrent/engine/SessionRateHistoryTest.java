package minitorrent.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import minitorrent.metainfo.InfoHash;

class SessionRateHistoryTest {

    private static final InfoHash ONE = InfoHash.fromHex("11".repeat(20));
    private static final InfoHash TWO = InfoHash.fromHex("22".repeat(20));

    @Test
    void theSessionsRatesAreTheSumOverItsTorrents() {
        SessionRateHistory history = new SessionRateHistory(60);
        history.record(0, List.of(torrent(ONE, 1000, 10), torrent(TWO, 500, 5)));
        history.record(1, List.of(torrent(ONE, 2000, 20), torrent(TWO, 0, 0)));
        assertEquals(2000, history.session().download(0));
        assertEquals(20, history.session().upload(0));
        assertEquals(1500, history.session().download(1));
        assertEquals(15, history.session().upload(1));
    }

    @Test
    void aTorrentHasAHistoryOfItsOwnFromItsFirstByteOnAndReadsZeroBefore() {
        SessionRateHistory history = new SessionRateHistory(60);
        history.record(0, List.of(torrent(ONE, 0, 0)));
        history.record(1, List.of(torrent(ONE, 0, 0)));
        assertTrue(history.torrent(ONE).isEmpty(), "an idle torrent keeps no history");
        history.record(2, List.of(torrent(ONE, 700, 0)));
        history.record(3, List.of(torrent(ONE, 900, 0)));
        RateHistory one = history.torrent(ONE).orElseThrow();
        assertEquals(900, one.download(0));
        assertEquals(700, one.download(1));
        assertEquals(0, one.download(2), "idle then");
        assertEquals(4, history.session().size());
    }

    @Test
    void aRemovedTorrentsHistoryGoesWithIt() {
        SessionRateHistory history = new SessionRateHistory(60);
        history.record(0, List.of(torrent(ONE, 100, 0), torrent(TWO, 100, 0)));
        history.record(1, List.of(torrent(TWO, 100, 0)));
        assertTrue(history.torrent(ONE).isEmpty());
        assertTrue(history.torrent(TWO).isPresent());
    }

    private static TorrentSnapshot torrent(InfoHash hash, long downloadRate, long uploadRate) {
        return new TorrentSnapshot(hash, "t", Path.of("."), TorrentState.DOWNLOADING, 1, 1, 0, 0, new BitSet(), new int[1],
                downloadRate, uploadRate, 0, 0, 0, 0, 0, Instant.EPOCH, Optional.empty());
    }
}
