package minitorrent.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import minitorrent.ui.internal.Messages;

/**
 * What every MiniTorrent preference page shares: the store of {@link MiniTorrentPreferences}, a
 * description on top, and whole-number fields that name the field and its range when a value
 * is out of it (the page then refuses OK).
 */
abstract class MiniTorrentPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The largest rate limit a field takes, in KiB/s: about 10 GiB/s. */
    static final int MAX_RATE = 10_000_000;

    MiniTorrentPreferencePage(String description) {
        super(GRID);
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to prepare: the fields read the store when the page is built
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return MiniTorrentPreferences.get().store();
    }

    /** A field for a whole number from {@code min} to {@code max}, e.g. "Listen port must be a whole number from 1 to 65535." */
    void addNumber(String key, String label, int min, int max) {
        IntegerFieldEditor field = new IntegerFieldEditor(key, label, getFieldEditorParent(), Integer.toString(max).length() + 1);
        field.setValidRange(min, max);
        field.setErrorMessage(NLS.bind(Messages.Preferences_numberRange, new Object[] {plain(label), min, max}));
        addField(field);
    }

    /** The label as a sentence starts with it: no mnemonic, no colon. */
    static String plain(String label) {
        return label.replace("&", "").replaceFirst(":$", "");
    }
}
