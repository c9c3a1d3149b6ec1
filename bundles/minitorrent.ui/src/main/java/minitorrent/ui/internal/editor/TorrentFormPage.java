package minitorrent.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import minitorrent.metainfo.Torrent;

/**
 * What every page of a Torrent Editor shares: the header (the torrent's name, the Download
 * action, the parser's warnings as problems) and titled sections. Owned by the UI thread.
 */
abstract class TorrentFormPage extends FormPage {

    private static final String WARNING_KEY = "warning-";

    protected final TorrentDocument document;
    private Torrent shownWarningsOf;

    TorrentFormPage(TorrentEditor editor, String id, String tab, TorrentDocument document) {
        super(editor, id, tab);
        this.document = document;
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText(document.torrent().name());
        form.setImage(getEditor().getTitleImage());
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        form.getToolBarManager().add(((TorrentEditor) getEditor()).downloadAction());
        form.updateToolBar();
        GridLayoutFactory.swtDefaults().margins(10, 10).spacing(14, 14).applyTo(form.getBody());
        createContent(managedForm, form.getBody());
        showWarnings(managedForm.getMessageManager());
        document.addListener(() -> {
            if (!managedForm.getForm().isDisposed()) {
                showWarnings(managedForm.getMessageManager());
            }
        });
    }

    /** Fills the body, which has a one-column GridLayout that subclasses may change. */
    protected abstract void createContent(IManagedForm managedForm, Composite body);

    /** The parser's warnings as the header's problems, again each time a save gives a new torrent. */
    private void showWarnings(IMessageManager messages) {
        Torrent torrent = document.torrent();
        if (torrent == shownWarningsOf) {
            return;
        }
        if (shownWarningsOf != null) {
            for (int i = 0; i < shownWarningsOf.warnings().size(); i++) {
                messages.removeMessage(WARNING_KEY + i);
            }
        }
        List<String> warnings = torrent.warnings();
        for (int i = 0; i < warnings.size(); i++) {
            messages.addMessage(WARNING_KEY + i, warnings.get(i), null, IMessageProvider.WARNING);
        }
        shownWarningsOf = torrent;
    }

    /**
     * A section with a title bar and a description, taking the parent's width (and its height too
     * when {@code fill}); the caller lays out the returned client area.
     */
    protected static Composite section(FormToolkit toolkit, Composite parent, String title, String description, boolean fill) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        GridDataFactory.fillDefaults().grab(true, fill).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    /** A push button whose width fits the widest of its column. */
    protected static Button button(FormToolkit toolkit, Composite parent, String text, Runnable pressed) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.addListener(SWT.Selection, event -> pressed.run());
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }
}
