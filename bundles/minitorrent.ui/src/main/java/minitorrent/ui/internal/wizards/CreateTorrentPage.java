package minitorrent.ui.internal.wizards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

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
import minitorrent.metainfo.PieceSize;
import minitorrent.metainfo.TorrentUrls;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.engine.WorkbenchSession;

/**
 * The one page of the Create Torrent wizard: what to share, where the .torrent goes, the piece
 * size (automatic or chosen, with the piece count it gives), trackers (one tier per line, the URLs
 * of a tier separated by commas, as on the command line), the embedded tracker when it runs, web
 * seeds, private, comment, and whether to start seeding. It says what
 * is wrong until the choices make a torrent.
 */
public final class CreateTorrentPage extends WizardPage {

    private static final int[] PIECE_SIZES = {16 << 10, 32 << 10, 64 << 10, 128 << 10, 256 << 10, 512 << 10, 1 << 20,
        2 << 20, 4 << 20, 8 << 20, 16 << 20};

    private Text source;
    private Text output;
    private Combo pieceSize;
    private Label pieceCount;
    private Text trackers;
    private Button embeddedTracker;
    private Text webSeeds;
    private Button privateTorrent;
    private Text comment;
    private Button startSeeding;
    private boolean outputChosen;
    private boolean fillingOutput;
    /** The source's size in bytes, measured off the UI thread; -1 until known. */
    private long contentLength = -1;

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
        pieceSize.addListener(SWT.Selection, event -> showPieceCount());
        pieceCount = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(pieceCount);
        new Label(page, SWT.NONE).setText(Messages.CreateTorrent_trackers);
        trackers = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(trackers);
        new Label(page, SWT.NONE);
        Optional<URI> tracker = WorkbenchSession.embeddedTracker();
        embeddedTracker = new Button(page, SWT.CHECK);
        embeddedTracker.setText(tracker.map(uri -> Messages.CreateTorrent_embeddedTracker.replace("{0}", uri.toString()))
                .orElse(Messages.CreateTorrent_embeddedTrackerOff));
        embeddedTracker.setEnabled(tracker.isPresent());
        GridDataFactory.fillDefaults().span(3, 1).applyTo(embeddedTracker);
        new Label(page, SWT.NONE).setText(Messages.CreateTorrent_webSeeds);
        webSeeds = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 40).applyTo(webSeeds);
        webSeeds.addModifyListener(event -> validate());
        trackers.addModifyListener(event -> validate());
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
            measureSource();
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

    /** Measures the source in a Job (a folder can hold many files), then shows the piece count. */
    private void measureSource() {
        contentLength = -1;
        showPieceCount();
        String measured = source.getText();
        Job job = Job.create(Messages.CreateTorrent_measuring, (IProgressMonitor monitor) -> {
            long length = lengthOf(Path.of(measured));
            source.getDisplay().asyncExec(() -> {
                if (!source.isDisposed() && source.getText().equals(measured)) {
                    contentLength = length;
                    showPieceCount();
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private static long lengthOf(Path content) {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return -1;
        }
    }

    private void showPieceCount() {
        if (contentLength <= 0) {
            pieceCount.setText("");
            return;
        }
        int length = pieceSize.getSelectionIndex() <= 0 ? PieceSize.automatic(contentLength) : PIECE_SIZES[pieceSize.getSelectionIndex() - 1];
        long count = (contentLength + length - 1) / length;
        pieceCount.setText(Messages.format(Messages.CreateTorrent_pieceCount, count, Sizes.format(length), Sizes.format(contentLength)));
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
        } else {
            problem = typedTiers().stream().flatMap(List::stream).map(TorrentUrls::trackerProblem).flatMap(Optional::stream)
                    .map(wrong -> Messages.CreateTorrent_badTracker.replace("{0}", wrong)).findFirst()
                    .or(() -> webSeedUrls().stream().map(TorrentUrls::webSeedProblem).flatMap(Optional::stream)
                            .map(wrong -> Messages.CreateTorrent_badWebSeed.replace("{0}", wrong)).findFirst())
                    .orElse(null);
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The options the page describes; call only when the page is complete. */
    CreateOptions options() {
        CreateOptions options = CreateOptions.of(Path.of(source.getText())).withTrackers(tiers()).withWebSeeds(webSeedUrls())
                .withPrivate(privateTorrent.getSelection());
        OptionalInt size = pieceSize.getSelectionIndex() <= 0 ? OptionalInt.empty() : OptionalInt.of(PIECE_SIZES[pieceSize.getSelectionIndex() - 1]);
        if (size.isPresent()) {
            options = options.withPieceLength(size.getAsInt());
        }
        if (!comment.getText().isBlank()) {
            options = options.withComment(comment.getText().strip());
        }
        return options.withCreatedBy("MiniTorrent 0.1.0");
    }

    /** The tiers typed, after the embedded tracker's own tier when it is chosen. */
    private List<List<String>> tiers() {
        List<List<String>> tiers = new ArrayList<>();
        if (embeddedTracker.getSelection()) {
            WorkbenchSession.embeddedTracker().ifPresent(uri -> tiers.add(List.of(uri.toString())));
        }
        tiers.addAll(typedTiers());
        return tiers;
    }

    private List<List<String>> typedTiers() {
        List<List<String>> tiers = new ArrayList<>();
        for (String line : trackers.getText().split("\\R")) {
            List<String> tier = Arrays.stream(line.split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList();
            if (!tier.isEmpty()) {
                tiers.add(tier);
            }
        }
        return tiers;
    }

    private List<String> webSeedUrls() {
        return webSeeds.getText().lines().map(String::strip).filter(url -> !url.isEmpty()).toList();
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

    public Text webSeedsField() {
        return webSeeds;
    }

    public Button embeddedTrackerButton() {
        return embeddedTracker;
    }

    /** What the page says of the piece count. */
    public String pieceCountText() {
        return pieceCount.getText();
    }
}
