package minitorrent.ui.internal.editor;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A labelled URL field that says, as the user types, what is wrong with the URL, in the form's
 * header (as the header's own text, not behind a "1 error detected" summary that a message bound
 * to the field would get). Owned by the UI thread.
 */
final class UrlField {

    private static final String KEY = "url";

    private final Text text;
    private final Function<String, Optional<String>> check;
    private final IMessageManager messages;

    /**
     * @param hint  shown in the empty field: what a URL looks like
     * @param check what is wrong with a URL, or empty when it may be added
     */
    UrlField(FormToolkit toolkit, Composite parent, String label, String hint, Function<String, Optional<String>> check,
            IMessageManager messages, Runnable changed) {
        this.check = check;
        this.messages = messages;
        toolkit.createLabel(parent, label);
        text = toolkit.createText(parent, "", SWT.SINGLE);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
        text.addModifyListener(event -> {
            showProblem();
            changed.run();
        });
    }

    /** The URL typed, stripped, when it may be added. */
    Optional<String> url() {
        String url = text.getText().strip();
        return url.isEmpty() || check.apply(url).isPresent() ? Optional.empty() : Optional.of(url);
    }

    void setText(String url) {
        text.setText(url);
    }

    /** The text control, for tests that type into it. */
    Text text() {
        return text;
    }

    private void showProblem() {
        String url = text.getText().strip();
        Optional<String> problem = url.isEmpty() ? Optional.empty() : check.apply(url);
        if (problem.isPresent()) {
            messages.addMessage(KEY, problem.get(), null, IMessageProvider.ERROR);
        } else {
            messages.removeMessage(KEY);
        }
    }
}
