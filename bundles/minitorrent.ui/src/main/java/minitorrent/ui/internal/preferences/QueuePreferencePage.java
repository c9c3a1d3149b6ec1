package minitorrent.ui.internal.preferences;

import minitorrent.ui.internal.Messages;

/** MiniTorrent > Queue: how many torrents download and seed at once; the others wait their turn. */
public final class QueuePreferencePage extends MiniTorrentPreferencePage {

    public QueuePreferencePage() {
        super(Messages.Preferences_queueDescription);
    }

    @Override
    protected void createFieldEditors() {
        addNumber(MiniTorrentPreferences.MAX_ACTIVE_DOWNLOADS, Messages.Preferences_maxActiveDownloads, 1, 1000);
        addNumber(MiniTorrentPreferences.MAX_ACTIVE_SEEDS, Messages.Preferences_maxActiveSeeds, 1, 1000);
    }
}
