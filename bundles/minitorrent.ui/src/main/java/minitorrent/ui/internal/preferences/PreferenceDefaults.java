package minitorrent.ui.internal.preferences;

import static minitorrent.ui.internal.preferences.MiniTorrentPreferences.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import minitorrent.engine.SessionConfig;
import minitorrent.tracker.TrackerServerConfig;

/**
 * The defaults of the MiniTorrent preferences: the engine's own defaults, the user's Downloads
 * folder (or home when there is none), asking where to save, seeding without end, no embedded
 * tracker. Called by the platform the first time the preferences are read.
 */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
        SessionConfig engine = SessionConfig.defaults(Path.of("."));
        defaults.put(DOWNLOAD_FOLDER, defaultDownloadFolder().toString());
        defaults.putBoolean(ASK_WHERE_TO_SAVE, true);
        defaults.putBoolean(START_PAUSED, false);
        defaults.putDouble(SEED_RATIO_GOAL, engine.seedRatioGoal());
        defaults.putInt(LISTEN_PORT, engine.listenPort());
        defaults.putInt(MAX_CONNECTIONS, engine.maxConnections());
        defaults.putInt(MAX_CONNECTIONS_PER_TORRENT, engine.maxConnectionsPerTorrent());
        defaults.putInt(MAX_DOWNLOAD_RATE, (int) (engine.rateLimits().download() / 1024));
        defaults.putInt(MAX_UPLOAD_RATE, (int) (engine.rateLimits().upload() / 1024));
        defaults.putInt(TORRENT_DOWNLOAD_RATE, (int) (engine.torrentRateLimits().download() / 1024));
        defaults.putInt(TORRENT_UPLOAD_RATE, (int) (engine.torrentRateLimits().upload() / 1024));
        defaults.putInt(MAX_ACTIVE_DOWNLOADS, engine.maxActiveDownloads());
        defaults.putInt(MAX_ACTIVE_SEEDS, engine.maxActiveSeeds());
        defaults.putBoolean(TRACKER_ENABLED, false);
        defaults.putInt(TRACKER_PORT, TrackerServerConfig.DEFAULT_PORT);
        defaults.putBoolean(TRACKER_ALL_ADDRESSES, false);
    }

    private static Path defaultDownloadFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path downloads = home.resolve("Downloads");
        return Files.isDirectory(downloads) ? downloads : home;
    }
}
