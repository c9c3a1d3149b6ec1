package minitorrent.ui.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import minitorrent.metainfo.TorrentUrls;
import minitorrent.ui.internal.Messages;

/**
 * The Trackers page: the tiers of announce URLs (BEP 12) as a tree, edited with a URL field
 * checked as it is typed (add to the selected tier, add as a new tier, replace the selected URL)
 * and buttons to remove and reorder tiers and URLs. Every change is an edit of the document.
 */
public final class TrackersPage extends TorrentFormPage {

    public static final String ID = "trackers";

    /** A tier of the tree, by position. */
    public record Tier(int index, List<String> urls) {
    }

    /** A URL of the tree, by tier and position in it. */
    public record Url(int tier, int index, String url) {
    }

    private TreeViewer viewer;
    private UrlField url;
    private Label none;
    private Button addToTier;
    private Button addTier;
    private Button replace;
    private ReorderButtons reorder;

    TrackersPage(TorrentEditor editor, TorrentDocument document) {
        super(editor, ID, Messages.Trackers_tab, document);
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body) {
        FormToolkit toolkit = managedForm.getToolkit();
        Composite client = section(toolkit, body, Messages.Trackers_section, Messages.Trackers_description, true);
        GridLayoutFactory.swtDefaults().numColumns(5).spacing(8, 8).applyTo(client);
        url = new UrlField(toolkit, client, Messages.Trackers_url, Messages.Trackers_hint,
                typed -> TorrentUrls.trackerProblem(typed).or(() -> duplicate(typed)), managedForm.getMessageManager(), this::updateButtons);
        addToTier = button(toolkit, client, Messages.Trackers_addToTier, this::addToSelectedTier);
        addTier = button(toolkit, client, Messages.Trackers_addTier, this::addAsNewTier);
        replace = button(toolkit, client, Messages.Trackers_replace, this::replaceSelected);

        viewer = new TreeViewer(toolkit.createTree(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER));
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 260).applyTo(viewer.getTree());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                List<List<String>> tiers = document.edits().trackers();
                return IntStream.range(0, tiers.size()).mapToObj(index -> new Tier(index, tiers.get(index))).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                Tier tier = (Tier) parent;
                return IntStream.range(0, tier.urls().size()).mapToObj(index -> new Url(tier.index(), index, tier.urls().get(index))).toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Tier;
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Tier tier ? NLS.bind(Messages.Trackers_tier, tier.index() + 1) : ((Url) element).url();
            }
        });
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        viewer.setInput(document);
        viewer.addSelectionChangedListener(event -> {
            selectedUrl().ifPresent(selected -> url.setText(selected.url()));
            updateButtons();
        });

        reorder = new ReorderButtons(toolkit, client, this::removeSelected, this::moveSelected);
        none = toolkit.createLabel(client, Messages.Trackers_none, SWT.WRAP);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(none);
        document.addListener(this::refresh);
        refresh();
    }

    /** A URL already in a tier, unless it is the selected one (whose URL the field shows when selected). */
    private Optional<String> duplicate(String typed) {
        List<List<String>> tiers = document.edits().trackers();
        for (int tier = 0; tier < tiers.size(); tier++) {
            if (tiers.get(tier).contains(typed.strip()) && !selectedUrl().map(Url::url).equals(Optional.of(typed.strip()))) {
                return Optional.of(NLS.bind(Messages.Trackers_duplicate, typed.strip(), tier + 1));
            }
        }
        return Optional.empty();
    }

    /** The URL typed when it may be added: valid and in no tier yet. */
    private Optional<String> newUrl() {
        return url.url().filter(typed -> document.edits().trackers().stream().noneMatch(tier -> tier.contains(typed)));
    }

    /** The tier the selection is in, or empty when nothing is selected. */
    private Optional<Integer> selectedTier() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        return selected instanceof Tier tier ? Optional.of(tier.index())
                : selected instanceof Url node ? Optional.of(node.tier()) : Optional.empty();
    }

    private Optional<Url> selectedUrl() {
        return viewer.getStructuredSelection().getFirstElement() instanceof Url node ? Optional.of(node) : Optional.empty();
    }

    private void addToSelectedTier() {
        List<List<String>> tiers = document.edits().trackers();
        int tier = selectedTier().orElseThrow();
        newUrl().ifPresent(added -> edit(ListEdits.replaced(tiers, tier, ListEdits.appended(tiers.get(tier), added)),
                new Url(tier, tiers.get(tier).size(), added)));
    }

    private void addAsNewTier() {
        List<List<String>> tiers = document.edits().trackers();
        newUrl().ifPresent(added -> edit(ListEdits.appended(tiers, List.of(added)), new Url(tiers.size(), 0, added)));
    }

    private void replaceSelected() {
        List<List<String>> tiers = document.edits().trackers();
        Url selected = selectedUrl().orElseThrow();
        newUrl().ifPresent(typed -> edit(ListEdits.replaced(tiers, selected.tier(), ListEdits.replaced(tiers.get(selected.tier()),
                selected.index(), typed)), new Url(selected.tier(), selected.index(), typed)));
    }

    private void removeSelected() {
        List<List<String>> tiers = document.edits().trackers();
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (selected instanceof Tier tier) {
            edit(ListEdits.removed(tiers, tier.index()), null);
        } else if (selected instanceof Url node) {
            List<String> rest = ListEdits.removed(tiers.get(node.tier()), node.index());
            edit(rest.isEmpty() ? ListEdits.removed(tiers, node.tier()) : ListEdits.replaced(tiers, node.tier(), rest), null);
        }
    }

    /** Moves the selected tier among the tiers, or the selected URL within its tier. */
    private void moveSelected(int direction) {
        List<List<String>> tiers = document.edits().trackers();
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (selected instanceof Tier tier && ListEdits.canMove(tiers, tier.index(), direction)) {
            List<List<String>> moved = ListEdits.moved(tiers, tier.index(), direction);
            edit(moved, new Tier(tier.index() + direction, moved.get(tier.index() + direction)));
        } else if (selected instanceof Url node && ListEdits.canMove(tiers.get(node.tier()), node.index(), direction)) {
            edit(ListEdits.replaced(tiers, node.tier(), ListEdits.moved(tiers.get(node.tier()), node.index(), direction)),
                    new Url(node.tier(), node.index() + direction, node.url()));
        }
    }

    /** Makes the edit, then selects {@code select} (a node of the new tree), or nothing. */
    private void edit(List<List<String>> tiers, Object select) {
        document.edit(document.edits().withTrackers(tiers));
        viewer.setSelection(select == null ? StructuredSelection.EMPTY : new StructuredSelection(select), true);
        if (!(select instanceof Url)) {
            url.setText("");
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.refresh();
        viewer.expandAll();
        none.setVisible(document.edits().trackers().isEmpty());
        updateButtons();
    }

    private void updateButtons() {
        boolean addable = newUrl().isPresent();
        List<List<String>> tiers = document.edits().trackers();
        Object selected = viewer.getStructuredSelection().getFirstElement();
        addToTier.setEnabled(addable && selectedTier().isPresent());
        addTier.setEnabled(addable);
        replace.setEnabled(addable && selectedUrl().isPresent());
        reorder.update(selected != null, canMove(tiers, selected, -1), canMove(tiers, selected, 1));
    }

    private static boolean canMove(List<List<String>> tiers, Object selected, int direction) {
        return selected instanceof Tier tier ? ListEdits.canMove(tiers, tier.index(), direction)
                : selected instanceof Url node && ListEdits.canMove(tiers.get(node.tier()), node.index(), direction);
    }

    /** The tree of tiers, for tests. */
    public TreeViewer viewer() {
        return viewer;
    }

    /** The URL field, for tests that type into it. */
    public Text urlField() {
        return url.text();
    }

    /** The buttons Add to Tier, Add as New Tier, Replace, Remove, Up, Down, for tests that press them. */
    public List<Button> buttons() {
        return Stream.concat(Stream.of(addToTier, addTier, replace), reorder.buttons().stream()).toList();
    }
}
