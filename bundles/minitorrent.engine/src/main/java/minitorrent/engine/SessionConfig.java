package minitorrent.engine;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a session runs. Start from {@link #defaults(Path)} and change what differs.
 *
 * @param listenPort               the TCP port for incoming peers; when taken, the next free one
 *                                 of the following 50 is used; 0 lets the system choose
 * @param bindAddress              the address to listen on, or null for all of them
 * @param stateFolder              where the session keeps its state (resume data under {@code resume/})
 * @param rateLimits               the session's global limits
 * @param maxConnections           peer connections of the whole session
 * @param maxConnectionsPerTorrent peer connections of one torrent
 * @param maxActiveDownloads       torrents downloading at once; more wait as {@link TorrentState#QUEUED}
 * @param maxActiveSeeds           torrents seeding at once
 * @param pieceMemory              bytes of pieces held in memory at once, all torrents together
 * @param rememberTorrents         whether the session keeps its torrents in the state folder and a
 *                                 session started later with the same folder adds them again (the
 *                                 workbench does; a one-torrent command line run does not)
 * @param torrentRateLimits        the limits each torrent added to the session starts with
 * @param seedRatioGoal            a seeding torrent whose {@link TorrentSnapshot#ratio()} reaches
 *                                 this is paused; 0 seeds on without end
 */
public record SessionConfig(int listenPort, InetAddress bindAddress, Path stateFolder, RateLimits rateLimits,
        int maxConnections, int maxConnectionsPerTorrent, int maxActiveDownloads, int maxActiveSeeds, long pieceMemory,
        boolean rememberTorrents, RateLimits torrentRateLimits, double seedRatioGoal) {

    public static final int DEFAULT_PORT = 6881;

    public SessionConfig {
        Objects.requireNonNull(stateFolder, "stateFolder");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(torrentRateLimits, "torrentRateLimits");
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("the listen port must be 0 to 65535, not " + listenPort);
        }
        if (maxConnections < 1 || maxConnectionsPerTorrent < 1 || maxActiveDownloads < 1 || maxActiveSeeds < 1) {
            throw new IllegalArgumentException("connection and queue limits must be at least 1");
        }
        if (pieceMemory < 1 << 20) {
            throw new IllegalArgumentException("the piece memory must be at least 1 MiB, not " + pieceMemory);
        }
        if (!(seedRatioGoal >= 0) || Double.isInfinite(seedRatioGoal)) {
            throw new IllegalArgumentException("the seeding ratio goal must be 0 (none) or more, not " + seedRatioGoal);
        }
    }

    /**
     * Port 6881 on every address, no rate limit, 200 connections (50 a torrent), 3 downloads and
     * 5 seeds active, 24 MiB of pieces, torrents not remembered, no limit a torrent, seeding without end.
     */
    public static SessionConfig defaults(Path stateFolder) {
        return new SessionConfig(DEFAULT_PORT, null, stateFolder, RateLimits.UNLIMITED, 200, 50, 3, 5, 24L << 20, false,
                RateLimits.UNLIMITED, 0);
    }

    public SessionConfig withRememberedTorrents(boolean remember) {
        return new SessionConfig(listenPort, bindAddress, stateFolder, rateLimits, maxConnections, maxConnectionsPerTorrent,
                maxActiveDownloads, maxActiveSeeds, pieceMemory, remember, torrentRateLimits, seedRatioGoal);
    }

    public SessionConfig withListenPort(int port) {
        return new SessionConfig(port, bindAddress, stateFolder, rateLimits, maxConnections, maxConnectionsPerTorrent,
                maxActiveDownloads, maxActiveSeeds, pieceMemory, rememberTorrents, torrentRateLimits, seedRatioGoal);
    }

    public SessionConfig withBindAddress(InetAddress address) {
        return new SessionConfig(listenPort, address, stateFolder, rateLimits, maxConnections, maxConnectionsPerTorrent,
                maxActiveDownloads, maxActiveSeeds, pieceMemory, rememberTorrents, torrentRateLimits, seedRatioGoal);
    }

    public SessionConfig withRateLimits(RateLimits limits) {
        return new SessionConfig(listenPort, bindAddress, stateFolder, limits, maxConnections, maxConnectionsPerTorrent,
                maxActiveDownloads, maxActiveSeeds, pieceMemory, rememberTorrents, torrentRateLimits, seedRatioGoal);
    }

    public SessionConfig withConnectionLimits(int total, int perTorrent) {
        return new SessionConfig(listenPort, bindAddress, stateFolder, rateLimits, total, perTorrent,
                maxActiveDownloads, maxActiveSeeds, pieceMemory, rememberTorrents, torrentRateLimits, seedRatioGoal);
    }

    public SessionConfig withQueueLimits(int downloads, int seeds) {
        return new SessionConfig(listenPort, bindAddress, stateFolder, rateLimits, maxConnections, maxConnectionsPerTorrent,
                downloads, seeds, pieceMemory, rememberTorrents, torrentRateLimits, seedRatioGoal);
    }

    public SessionConfig withPieceMemory(long bytes) {
        return new SessionConfig(listenPort, bindAddress, stateFolder, rateLimits, maxConnections, maxConnectionsPerTorrent,
                maxActiveDownloads, maxActiveSeeds, bytes, rememberTorrents, torrentRateLimits, seedRatioGoal);
    }

    public SessionConfig withTorrentRateLimits(RateLimits limits) {
        return new SessionConfig(listenPort, bindAddress, stateFolder, rateLimits, maxConnections, maxConnectionsPerTorrent,
                maxActiveDownloads, maxActiveSeeds, pieceMemory, rememberTorrents, limits, seedRatioGoal);
    }

    public SessionConfig withSeedRatioGoal(double ratio) {
        return new SessionConfig(listenPort, bindAddress, stateFolder, rateLimits, maxConnections, maxConnectionsPerTorrent,
                maxActiveDownloads, maxActiveSeeds, pieceMemory, rememberTorrents, torrentRateLimits, ratio);
    }
}
