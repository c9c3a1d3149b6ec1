package minitorrent.ui.internal.editor;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import minitorrent.ui.internal.Messages;

/**
 * The one page of a Torrent Editor that has no torrent to show: while the file is read, or when
 * it cannot be read or is not a valid torrent, in which case the header and the body name the
 * problem (an error message, never a stack trace).
 */
final class NoticePage extends FormPage {

    private final String title;
    private final String text;
    private final int type;

    /** @param type an {@link IMessageProvider} type: NONE for a notice, ERROR for a problem */
    NoticePage(FormEditor editor, String title, String text, int type) {
        super(editor, "notice", type == IMessageProvider.ERROR ? Messages.Editor_errorTab : Messages.Overview_tab);
        this.title = title;
        this.text = text;
        this.type = type;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText(title);
        form.setImage(getEditor().getTitleImage());
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        if (type != IMessageProvider.NONE) {
            form.setMessage(text, type);
        }
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(form.getBody());
        Label body = managedForm.getToolkit().createLabel(form.getBody(), text, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(body);
    }
}
