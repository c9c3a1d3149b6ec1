package minitorrent.ui.internal.editor;

import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
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
import minitorrent.ui.internal.views.Palette;

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
        form.getToolBarManager().add(((TorrentEditor) getEditor()).downloadAction());
        form.updateToolBar();
        GridLayoutFactory.fillDefaults().applyTo(form.getBody());
        Composite content = managedForm.getToolkit().createComposite(form.getBody());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        GridLayoutFactory.swtDefaults().margins(10, 10).spacing(14, 14).applyTo(content);
        createContent(managedForm, content);
        followTheme(managedForm, content);
        showWarnings(managedForm.getMessageManager());
        document.addListener(() -> {
            if (!managedForm.getForm().isDisposed()) {
                showWarnings(managedForm.getMessageManager());
            }
        });
    }

    /**
     * Gives the form the colors the workbench's theme gives the content. FormToolkit colors what
     * it makes from the system's light colors, and the dark theme's stylesheet restyles the
     * plain composites of a form but not the form itself, its body or its heading; the heading's
     * light gradient is kept for the light theme only.
     */
    private void followTheme(IManagedForm managedForm, Composite content) {
        IThemeEngine themes = getSite().getService(IThemeEngine.class);
        if (themes != null) {
            themes.applyStyles(content, true);
        }
        ScrolledForm form = managedForm.getForm();
        if (Palette.of(content).isDark()) {
            form.setBackground(content.getBackground());
            form.setForeground(content.getForeground());
            form.getForm().getHead().setBackground(content.getBackground());
        } else {
            managedForm.getToolkit().decorateFormHeading(form.getForm());
        }
    }

    /** Fills the page's content, which has a one-column GridLayout that subclasses may change. */
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
