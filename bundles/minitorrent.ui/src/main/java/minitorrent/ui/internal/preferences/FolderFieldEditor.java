package minitorrent.ui.internal.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Composite;

/**
 * A field for an existing folder, with Browse..., checked as the user types (the platform's
 * folder field checks only when the field loses focus, so OK could be pressed on a folder that
 * does not exist).
 */
final class FolderFieldEditor extends DirectoryFieldEditor {

    FolderFieldEditor(String key, String label, String errorMessage, Composite parent) {
        init(key, label);
        setErrorMessage(errorMessage);
        setChangeButtonText(JFaceResources.getString("openBrowse"));
        setEmptyStringAllowed(false);
        setValidateStrategy(VALIDATE_ON_KEY_STROKE);
        createControl(parent);
    }
}
