package minitorrent.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;

/**
 * A torrent at a moment: what the torrent list, the pieces map and a progress line show.
 *
 * @param infoHash     the torrent's info hash
 * @param name         its name
 * @param downloadPath the folder it was added with
 * @param state        where it is in its life
 * @param totalLength  its size in bytes
 * @param wantedLength bytes of the pieces it wants (files not skipped)
 * @param completedLength bytes of the pieces it has
 * @param wantedCompleted bytes of the wanted pieces it has
 * @param pieces       the pieces it has (a copy)
 * @param availability per piece, how many connected peers have it
 * @param downloadRate bytes per second of blocks received, smoothed
 * @param uploadRate   bytes per second of blocks sent, smoothed
 * @param downloaded   bytes of blocks received in this session
 * @param uploaded     bytes of blocks sent in this session
 * @param peers        connected peers
 * @param seeds        connected peers that have every piece
 * @param hashFailures pieces that failed their hash check
 * @param added        when it was added
 * @param error        why it stopped, in {@link TorrentState#ERROR}
 */
public record TorrentSnapshot(InfoHash infoHash, String name, Path downloadPath, TorrentState state, long totalLength,
        long wantedLength, long completedLength, long wantedCompleted, BitSet pieces, int[] availability,
        long downloadRate, long uploadRate, long downloaded, long uploaded, int peers, int seeds, int hashFailures,
        Instant added, Optional<String> error) {

    public TorrentSnapshot {
        pieces = (BitSet) pieces.clone();
        availability = availability.clone();
    }

    @Override
    public BitSet pieces() {
        return (BitSet) pieces.clone();
    }

    @Override
    public int[] availability() {
        return availability.clone();
    }

    /** The share of the wanted bytes that is had, 0 to 1. */
    public double progress() {
        return wantedLength == 0 ? 1 : (double) wantedCompleted / wantedLength;
    }

    /** Whether every wanted piece is had. */
    public boolean isFinished() {
        return wantedCompleted == wantedLength;
    }

    /** {@link #ratioOf} this torrent: what the torrent list shows and the seeding ratio goal is measured by. */
    public double ratio() {
        return ratioOf(uploaded, downloaded, completedLength);
    }

    /**
     * Bytes uploaded in this session per byte downloaded in it, or per byte had when that is more
     * (a torrent seeded from the start, or resumed, downloaded little or nothing: its ratio counts
     * the copies of its data it gave away); 0 while it has nothing.
     */
    public static double ratioOf(long uploaded, long downloaded, long had) {
        long base = Math.max(downloaded, had);
        return base == 0 ? 0 : (double) uploaded / base;
    }

    /** The time left at the current download rate; empty when finished or not downloading. */
    public Optional<Duration> eta() {
        long left = wantedLength - wantedCompleted;
        if (left == 0 || downloadRate <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds((left + downloadRate - 1) / downloadRate));
    }
}
