package minitorrent.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;

import minitorrent.ui.internal.Messages;

/** MiniTorrent > Tracker: the embedded tracker (HTTP and UDP), so torrents can be shared with no outside service. */
public final class TrackerPreferencePage extends MiniTorrentPreferencePage {

    public TrackerPreferencePage() {
        super(Messages.Preferences_trackerDescription);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(MiniTorrentPreferences.TRACKER_ENABLED, Messages.Preferences_trackerEnabled,
                getFieldEditorParent()));
        addNumber(MiniTorrentPreferences.TRACKER_PORT, Messages.Preferences_trackerPort, 1, 65535);
        addField(new BooleanFieldEditor(MiniTorrentPreferences.TRACKER_ALL_ADDRESSES, Messages.Preferences_trackerAllAddresses,
                getFieldEditorParent()));
    }
}
