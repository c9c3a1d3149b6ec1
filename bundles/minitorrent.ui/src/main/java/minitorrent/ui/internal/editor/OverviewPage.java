package minitorrent.ui.internal.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentFile;
import minitorrent.ui.internal.Messages;

/**
 * The Overview page: what the info dictionary fixes (read-only, the info hash with a Copy
 * button), the editable comment, and the parser's warnings as a Problems section.
 */
public final class OverviewPage extends TorrentFormPage {

    public static final String ID = "overview";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private Text infoHash;
    private Text comment;
    private Composite problems;

    OverviewPage(TorrentEditor editor, TorrentDocument document) {
        super(editor, ID, Messages.Overview_tab, document);
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body) {
        FormToolkit toolkit = managedForm.getToolkit();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(14, 14).applyTo(body);
        general(toolkit, section(toolkit, body, Messages.Overview_general, Messages.Overview_generalDescription, false));
        Composite right = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(14, 14).applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        comment(toolkit, section(toolkit, right, Messages.Overview_comment, Messages.Overview_commentDescription, false));
        problems = section(toolkit, right, Messages.Overview_problems, Messages.Overview_problemsDescription, false);
        problems(toolkit);
    }

    private void general(FormToolkit toolkit, Composite client) {
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 8).applyTo(client);
        Torrent torrent = document.torrent();
        row(toolkit, client, Messages.Overview_name, torrent.name());
        caption(toolkit, client, Messages.Overview_infoHash);
        infoHash = toolkit.createText(client, torrent.infoHash().hex(), SWT.READ_ONLY);
        infoHash.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(infoHash);
        Button copy = button(toolkit, client, Messages.Overview_copy, () -> copy(torrent.infoHash().hex()));
        copy.setToolTipText(Messages.Overview_copyTooltip);
        long files = torrent.files().stream().filter(file -> !file.padFile()).count();
        row(toolkit, client, Messages.Overview_size, NLS.bind(Messages.Overview_sizeValue, new Object[] {Sizes.format(torrent.totalLength()),
            Sizes.exact(torrent.totalLength()), files == 1 ? Messages.Overview_oneFile : NLS.bind(Messages.Overview_files, files)}));
        row(toolkit, client, Messages.Overview_pieces,
                NLS.bind(Messages.Overview_piecesValue, Sizes.exact(torrent.pieceCount()), Sizes.format(torrent.pieceLength())));
        row(toolkit, client, Messages.Overview_creationDate, torrent.creationDate().map(DATE::format));
        row(toolkit, client, Messages.Overview_createdBy, torrent.createdBy());
        row(toolkit, client, Messages.Overview_private, torrent.isPrivate() ? Messages.Overview_privateYes : Messages.Overview_privateNo);
        row(toolkit, client, Messages.Overview_source, torrent.source());
    }

    private void comment(FormToolkit toolkit, Composite client) {
        GridLayoutFactory.swtDefaults().applyTo(client);
        comment = toolkit.createText(client, document.edits().comment().orElse(""), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 90).applyTo(comment);
        comment.addModifyListener(event -> document.edit(document.edits().withComment(comment.getText())));
        document.addListener(() -> {
            // Only a change from elsewhere (a save that read the file back) is written into the field.
            if (!comment.isDisposed() && !document.edits().withComment(comment.getText()).equals(document.edits())) {
                comment.setText(document.edits().comment().orElse(""));
            }
        });
    }

    private void problems(FormToolkit toolkit) {
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(6, 6).applyTo(problems);
        if (document.torrent().warnings().isEmpty()) {
            Label none = toolkit.createLabel(problems, Messages.Overview_noProblems, SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(none);
        }
        for (String warning : document.torrent().warnings()) {
            Label icon = toolkit.createLabel(problems, "");
            icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
            GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
            Label text = toolkit.createLabel(problems, warning, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        }
    }

    private static void row(FormToolkit toolkit, Composite client, String caption, Optional<String> value) {
        row(toolkit, client, caption, value.orElse(Messages.Overview_notGiven));
    }

    private static void row(FormToolkit toolkit, Composite client, String caption, String value) {
        caption(toolkit, client, caption);
        Label label = toolkit.createLabel(client, value, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
    }

    private static void caption(FormToolkit toolkit, Composite client, String caption) {
        Label label = toolkit.createLabel(client, caption);
        label.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    private void copy(String text) {
        Clipboard clipboard = new Clipboard(infoHash.getDisplay());
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    /** The info hash field, for tests. */
    public Text infoHashField() {
        return infoHash;
    }

    /** The comment field, for tests. */
    public Text commentField() {
        return comment;
    }

    /** The Problems section's client area, for tests. */
    public Composite problemsSection() {
        return problems;
    }
}
