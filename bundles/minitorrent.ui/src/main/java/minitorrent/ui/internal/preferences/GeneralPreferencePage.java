package minitorrent.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;

import minitorrent.ui.internal.Messages;

/** Window > Preferences > MiniTorrent: where torrents go, how they start, when seeding stops. */
public final class GeneralPreferencePage extends MiniTorrentPreferencePage {

    public GeneralPreferencePage() {
        super(Messages.Preferences_generalDescription);
    }

    @Override
    protected void createFieldEditors() {
        addField(new FolderFieldEditor(MiniTorrentPreferences.DOWNLOAD_FOLDER, Messages.Preferences_downloadFolder,
                Messages.Preferences_downloadFolderMissing, getFieldEditorParent()));
        addField(new BooleanFieldEditor(MiniTorrentPreferences.ASK_WHERE_TO_SAVE, Messages.Preferences_askWhereToSave,
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(MiniTorrentPreferences.START_PAUSED, Messages.Preferences_startPaused,
                getFieldEditorParent()));
        addField(new RatioFieldEditor(MiniTorrentPreferences.SEED_RATIO_GOAL, Messages.Preferences_seedRatioGoal,
                getFieldEditorParent()));
    }
}
