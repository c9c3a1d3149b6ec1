package minitorrent.ui.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import minitorrent.metainfo.TorrentUrls;
import minitorrent.ui.internal.Messages;

/**
 * The Web Seeds page: the BEP 19 URLs as a list, edited like the Trackers page's tiers: a URL
 * field checked as it is typed (add, replace the selected one), remove and reorder.
 */
public final class WebSeedsPage extends TorrentFormPage {

    public static final String ID = "webSeeds";

    /** A row of the list, by position. */
    public record Seed(int index, String url) {
    }

    private TableViewer viewer;
    private UrlField url;
    private Button add;
    private Button replace;
    private ReorderButtons reorder;

    WebSeedsPage(TorrentEditor editor, TorrentDocument document) {
        super(editor, ID, Messages.WebSeeds_tab, document);
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body) {
        FormToolkit toolkit = managedForm.getToolkit();
        Composite client = section(toolkit, body, Messages.WebSeeds_section, Messages.WebSeeds_description, true);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(8, 8).applyTo(client);
        url = new UrlField(toolkit, client, Messages.Trackers_url, Messages.WebSeeds_hint,
                typed -> TorrentUrls.webSeedProblem(typed).or(() -> duplicate(typed)), managedForm.getMessageManager(), this::updateButtons);
        add = button(toolkit, client, Messages.WebSeeds_add, this::addTyped);
        replace = button(toolkit, client, Messages.Trackers_replace, this::replaceSelected);

        viewer = new TableViewer(toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 200).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Seed) element).url();
            }
        });
        viewer.addSelectionChangedListener(event -> {
            selected().ifPresent(seed -> url.setText(seed.url()));
            updateButtons();
        });
        reorder = new ReorderButtons(toolkit, client, this::removeSelected, this::moveSelected);
        document.addListener(this::refresh);
        refresh();
    }

    private Optional<String> duplicate(String typed) {
        String stripped = typed.strip();
        boolean already = document.edits().webSeeds().contains(stripped) && !selected().map(Seed::url).equals(Optional.of(stripped));
        return already ? Optional.of(NLS.bind(Messages.WebSeeds_duplicate, stripped)) : Optional.empty();
    }

    /** The URL typed when it may be added: valid and not a web seed yet. */
    private Optional<String> newUrl() {
        return url.url().filter(typed -> !document.edits().webSeeds().contains(typed));
    }

    private Optional<Seed> selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof Seed seed ? Optional.of(seed) : Optional.empty();
    }

    private void addTyped() {
        List<String> seeds = document.edits().webSeeds();
        newUrl().ifPresent(added -> {
            edit(ListEdits.appended(seeds, added), null);
            url.setText("");
        });
    }

    private void replaceSelected() {
        Seed seed = selected().orElseThrow();
        newUrl().ifPresent(typed -> edit(ListEdits.replaced(document.edits().webSeeds(), seed.index(), typed), new Seed(seed.index(), typed)));
    }

    private void removeSelected() {
        selected().ifPresent(seed -> edit(ListEdits.removed(document.edits().webSeeds(), seed.index()), null));
    }

    private void moveSelected(int direction) {
        List<String> seeds = document.edits().webSeeds();
        selected().filter(seed -> ListEdits.canMove(seeds, seed.index(), direction))
                .ifPresent(seed -> edit(ListEdits.moved(seeds, seed.index(), direction), new Seed(seed.index() + direction, seed.url())));
    }

    private void edit(List<String> seeds, Seed select) {
        document.edit(document.edits().withWebSeeds(seeds));
        viewer.setSelection(select == null ? StructuredSelection.EMPTY : new StructuredSelection(select), true);
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<String> seeds = document.edits().webSeeds();
        viewer.setInput(IntStream.range(0, seeds.size()).mapToObj(index -> new Seed(index, seeds.get(index))).toList());
        updateButtons();
    }

    private void updateButtons() {
        List<String> seeds = document.edits().webSeeds();
        Optional<Seed> selected = selected();
        add.setEnabled(newUrl().isPresent());
        replace.setEnabled(newUrl().isPresent() && selected.isPresent());
        reorder.update(selected.isPresent(), selected.filter(seed -> ListEdits.canMove(seeds, seed.index(), -1)).isPresent(),
                selected.filter(seed -> ListEdits.canMove(seeds, seed.index(), 1)).isPresent());
    }

    /** The list of web seeds, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    /** The URL field, for tests that type into it. */
    public Text urlField() {
        return url.text();
    }

    /** The buttons Add, Replace, Remove, Up, Down, for tests that press them. */
    public List<Button> buttons() {
        return Stream.concat(Stream.of(add, replace), reorder.buttons().stream()).toList();
    }
}
