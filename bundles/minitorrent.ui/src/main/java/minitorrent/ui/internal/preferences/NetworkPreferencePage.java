package minitorrent.ui.internal.preferences;

import minitorrent.ui.internal.Messages;

/** MiniTorrent > Network: the port peers connect to and how many connections are open at once. */
public final class NetworkPreferencePage extends MiniTorrentPreferencePage {

    public NetworkPreferencePage() {
        super(Messages.Preferences_networkDescription);
    }

    @Override
    protected void createFieldEditors() {
        addNumber(MiniTorrentPreferences.LISTEN_PORT, Messages.Preferences_listenPort, 1, 65535);
        addNumber(MiniTorrentPreferences.MAX_CONNECTIONS, Messages.Preferences_maxConnections, 1, 10_000);
        addNumber(MiniTorrentPreferences.MAX_CONNECTIONS_PER_TORRENT, Messages.Preferences_maxConnectionsPerTorrent, 1, 10_000);
    }
}
