package minitorrent.ui.internal.preferences;

import minitorrent.ui.internal.Messages;

/** MiniTorrent > Bandwidth: the session's limits and those each new torrent starts with, in KiB/s (0 unlimited). */
public final class BandwidthPreferencePage extends MiniTorrentPreferencePage {

    public BandwidthPreferencePage() {
        super(Messages.Preferences_bandwidthDescription);
    }

    @Override
    protected void createFieldEditors() {
        addNumber(MiniTorrentPreferences.MAX_DOWNLOAD_RATE, Messages.Preferences_maxDownloadRate, 0, MAX_RATE);
        addNumber(MiniTorrentPreferences.MAX_UPLOAD_RATE, Messages.Preferences_maxUploadRate, 0, MAX_RATE);
        addNumber(MiniTorrentPreferences.TORRENT_DOWNLOAD_RATE, Messages.Preferences_torrentDownloadRate, 0, MAX_RATE);
        addNumber(MiniTorrentPreferences.TORRENT_UPLOAD_RATE, Messages.Preferences_torrentUploadRate, 0, MAX_RATE);
    }
}
