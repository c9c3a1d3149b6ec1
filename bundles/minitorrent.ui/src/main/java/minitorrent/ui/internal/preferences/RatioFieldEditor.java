package minitorrent.ui.internal.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.osgi.util.NLS;

import minitorrent.ui.internal.Messages;

/** A field for a ratio: a decimal number of 0 or more, written with a point (1.5). */
final class RatioFieldEditor extends StringFieldEditor {

    RatioFieldEditor(String key, String label, Composite parent) {
        super(key, label, 8, parent);
        setEmptyStringAllowed(false);
        setErrorMessage(NLS.bind(Messages.Preferences_ratioInvalid, MiniTorrentPreferencePage.plain(label)));
    }

    @Override
    protected boolean doCheckState() {
        try {
            double ratio = Double.parseDouble(getStringValue().trim());
            return ratio >= 0 && !Double.isInfinite(ratio);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
