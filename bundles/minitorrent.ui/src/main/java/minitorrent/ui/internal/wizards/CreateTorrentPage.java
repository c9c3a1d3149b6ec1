package minitorrent.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.CreateOptions;
import minitorrent.ui.internal.Messages;

/**
 * The one page of the Create Torrent wizard: what to share, where the .torrent goes, the piece
 * size (automatic or chosen), trackers (one tier per line, the URLs of a tier separated by
 * commas, as on the command line), private, comment, and whether to start seeding. It says what
 * is wrong until the choices make a torrent.
 */
public final class CreateTorrentPage extends WizardPage {

    private static final int[] PIECE_SIZES = {16 << 10, 32 << 10, 64 << 10, 128 << 10, 256 << 10, 512 << 10, 1 << 20,
        2 << 20, 4 << 20, 8 << 20, 16 << 20};

    private Text source;
    private Text output;
    private Combo pieceSize;
    private Text trackers;
    private Button privateTorrent;
    private Text comment;
    private Button startSeeding;
    private boolean outputChosen;
    private boolean fillingOutput;

    CreateTorrentPage() {
        super("create");
        setTitle(Messages.CreateTorrent_title);
        setDescription(Messages.CreateTorrent_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
        source = labelled(page, Messages.CreateTorrent_source, 1);
        button(page, Messages.CreateTorrent_file, () -> choose(source, new FileDialog(getShell(), SWT.OPEN).open()));
        button(page, Messages.CreateTorrent_folder, () -> choose(source, new DirectoryDialog(getShell()).open()));
        output = labelled(page, Messages.CreateTorrent_output, 2);
        button(page, Messages.CreateTorrent_browse, () -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] {"*.torrent"});
            choose(output, dialog.open());
        });
        new Label(page, SWT.NONE).setText(Messages.CreateTorrent_pieceSize);
        pieceSize = new Combo(page, SWT.READ_ONLY);
        pieceSize.add(Messages.CreateTorrent_pieceSizeAuto);
        Arrays.stream(PIECE_SIZES).forEach(size -> pieceSize.add(Sizes.format(size)));
        pieceSize.select(0);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(pieceSize);
        new Label(page, SWT.NONE).setText(Messages.CreateTorrent_trackers);
        trackers = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(trackers);
        comment = labelled(page, Messages.CreateTorrent_comment, 3);
        privateTorrent = check(page, Messages.CreateTorrent_private, false);
        startSeeding = check(page, Messages.CreateTorrent_startSeeding, true);
        source.addModifyListener(event -> {
            if (!outputChosen) {
                // Until the user picks the .torrent's place, it follows the source: FOLDER.torrent beside it.
                fillingOutput = true;
                output.setText(source.getText().isBlank() ? "" : source.getText().replaceAll("/+$", "") + ".torrent");
                fillingOutput = false;
            }
            validate();
        });
        output.addModifyListener(event -> {
            outputChosen |= !fillingOutput;
            validate();
        });
        setControl(page);
        validate();
    }

    private static Text labelled(Composite page, String label, int span) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(text);
        return text;
    }

    private static void button(Composite page, String label, Runnable action) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, event -> action.run());
    }

    private static Button check(Composite page, String label, boolean selected) {
        Button button = new Button(page, SWT.CHECK);
        button.setText(label);
        button.setSelection(selected);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(button);
        return button;
    }

    private static void choose(Text field, String chosen) {
        if (chosen != null) {
            field.setText(chosen);
        }
    }

    private void validate() {
        String problem = null;
        if (source.getText().isBlank()) {
            problem = Messages.CreateTorrent_noSource;
        } else if (!Files.exists(Path.of(source.getText()))) {
            problem = Messages.CreateTorrent_missingSource.replace("{0}", source.getText());
        } else if (output.getText().isBlank()) {
            problem = Messages.CreateTorrent_noOutput;
        } else if (Path.of(output.getText()).toAbsolutePath().getParent() == null
                || !Files.isDirectory(Path.of(output.getText()).toAbsolutePath().getParent())) {
            problem = Messages.CreateTorrent_missingFolder.replace("{0}", output.getText());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The options the page describes; call only when the page is complete. */
    CreateOptions options() {
        CreateOptions options = CreateOptions.of(Path.of(source.getText())).withTrackers(tiers()).withPrivate(privateTorrent.getSelection());
        OptionalInt size = pieceSize.getSelectionIndex() <= 0 ? OptionalInt.empty() : OptionalInt.of(PIECE_SIZES[pieceSize.getSelectionIndex() - 1]);
        if (size.isPresent()) {
            options = options.withPieceLength(size.getAsInt());
        }
        if (!comment.getText().isBlank()) {
            options = options.withComment(comment.getText().strip());
        }
        return options.withCreatedBy("MiniTorrent 0.1.0");
    }

    private List<List<String>> tiers() {
        List<List<String>> tiers = new ArrayList<>();
        for (String line : trackers.getText().split("\\R")) {
            List<String> tier = Arrays.stream(line.split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList();
            if (!tier.isEmpty()) {
                tiers.add(tier);
            }
        }
        return tiers;
    }

    Path outputFile() {
        return Path.of(output.getText());
    }

    boolean startSeeding() {
        return startSeeding.getSelection();
    }

    /** The fields, for tests that fill the page as a user does. */
    public Text sourceField() {
        return source;
    }

    public Text trackersField() {
        return trackers;
    }

    public Combo pieceSizeField() {
        return pieceSize;
    }
}
