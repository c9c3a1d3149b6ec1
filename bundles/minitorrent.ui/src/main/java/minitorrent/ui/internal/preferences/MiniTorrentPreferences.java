package minitorrent.ui.internal.preferences;

import java.net.InetAddress;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import minitorrent.engine.RateLimits;
import minitorrent.engine.SessionConfig;
import minitorrent.tracker.TrackerServerConfig;

/**
 * The MiniTorrent preferences as typed settings, so the workbench asks this class and not the
 * store with its keys: the session's settings, the embedded tracker's, and what adding a torrent
 * starts from (download folder, ask where to save, start paused). Rates are kept in KiB/s, as the
 * pages show them, and handed out in bytes per second. Thread-safe, as the store is.
 */
public final class MiniTorrentPreferences {

    /** The bundle whose instance scope holds the preferences. */
    public static final String QUALIFIER = "minitorrent.ui";

    public static final String DOWNLOAD_FOLDER = "downloadFolder";
    public static final String ASK_WHERE_TO_SAVE = "askWhereToSave";
    public static final String START_PAUSED = "startPaused";
    public static final String SEED_RATIO_GOAL = "seedRatioGoal";
    public static final String LISTEN_PORT = "listenPort";
    public static final String MAX_CONNECTIONS = "maxConnections";
    public static final String MAX_CONNECTIONS_PER_TORRENT = "maxConnectionsPerTorrent";
    public static final String MAX_DOWNLOAD_RATE = "maxDownloadKiBps";
    public static final String MAX_UPLOAD_RATE = "maxUploadKiBps";
    public static final String TORRENT_DOWNLOAD_RATE = "torrentDownloadKiBps";
    public static final String TORRENT_UPLOAD_RATE = "torrentUploadKiBps";
    public static final String MAX_ACTIVE_DOWNLOADS = "maxActiveDownloads";
    public static final String MAX_ACTIVE_SEEDS = "maxActiveSeeds";
    public static final String TRACKER_ENABLED = "trackerEnabled";
    public static final String TRACKER_PORT = "trackerPort";
    public static final String TRACKER_ALL_ADDRESSES = "trackerAllAddresses";

    private static MiniTorrentPreferences instance;

    private final IPreferenceStore store;

    MiniTorrentPreferences(IPreferenceStore store) {
        this.store = store;
    }

    /** The preferences the pages edit: the instance scope of {@value #QUALIFIER}. */
    public static synchronized MiniTorrentPreferences get() {
        if (instance == null) {
            instance = new MiniTorrentPreferences(new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER));
        }
        return instance;
    }

    /** The store behind them, for the preference pages and for listening to changes. */
    public IPreferenceStore store() {
        return store;
    }

    /** Where a torrent's data goes unless the user picks another folder. */
    public Path downloadFolder() {
        return Path.of(store.getString(DOWNLOAD_FOLDER));
    }

    /** Whether adding a torrent asks for its folder, rather than using {@link #downloadFolder()}. */
    public boolean askWhereToSave() {
        return store.getBoolean(ASK_WHERE_TO_SAVE);
    }

    /** Whether an added torrent waits paused until the user starts it. */
    public boolean startPaused() {
        return store.getBoolean(START_PAUSED);
    }

    /** The ratio at which a seeding torrent stops; 0 never. */
    public double seedRatioGoal() {
        return store.getDouble(SEED_RATIO_GOAL);
    }

    public int listenPort() {
        return store.getInt(LISTEN_PORT);
    }

    public int maxConnections() {
        return store.getInt(MAX_CONNECTIONS);
    }

    public int maxConnectionsPerTorrent() {
        return store.getInt(MAX_CONNECTIONS_PER_TORRENT);
    }

    /** The session's global limits; 0 unlimited. */
    public RateLimits rateLimits() {
        return new RateLimits(bytesPerSecond(MAX_DOWNLOAD_RATE), bytesPerSecond(MAX_UPLOAD_RATE));
    }

    /** The limits each new torrent starts with; 0 unlimited. */
    public RateLimits torrentRateLimits() {
        return new RateLimits(bytesPerSecond(TORRENT_DOWNLOAD_RATE), bytesPerSecond(TORRENT_UPLOAD_RATE));
    }

    public int maxActiveDownloads() {
        return store.getInt(MAX_ACTIVE_DOWNLOADS);
    }

    public int maxActiveSeeds() {
        return store.getInt(MAX_ACTIVE_SEEDS);
    }

    /** Whether the embedded tracker runs while the workbench does. */
    public boolean trackerEnabled() {
        return store.getBoolean(TRACKER_ENABLED);
    }

    /**
     * How the embedded tracker runs: HTTP and UDP on the chosen port, on 127.0.0.1 (this machine
     * only) unless the user opened it to every address.
     */
    public TrackerServerConfig trackerConfig() {
        TrackerServerConfig config = TrackerServerConfig.defaults().withPort(store.getInt(TRACKER_PORT));
        if (store.getBoolean(TRACKER_ALL_ADDRESSES)) {
            config = config.withBindAddress(anyAddress());
        }
        return config;
    }

    /** The session settings with these preferences in place of the ones they cover. */
    public SessionConfig applyTo(SessionConfig config) {
        return config.withListenPort(listenPort())
                .withRateLimits(rateLimits())
                .withTorrentRateLimits(torrentRateLimits())
                .withConnectionLimits(maxConnections(), maxConnectionsPerTorrent())
                .withQueueLimits(maxActiveDownloads(), maxActiveSeeds())
                .withSeedRatioGoal(seedRatioGoal());
    }

    private long bytesPerSecond(String kibKey) {
        return store.getInt(kibKey) * 1024L;
    }

    private static InetAddress anyAddress() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("0.0.0.0 is always an address", e);
        }
    }
}
