package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.TorrentsView;

class TorrentsViewTest {

    @TempDir
    Path temp;

    private TorrentsView view;

    @BeforeEach
    void showView() throws PartInitException {
        IViewPart part = Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID);
        view = assertInstanceOf(TorrentsView.class, part, "the Torrents view failed to build: see .metadata/.log");
        Workbench.processEvents();
    }

    @AfterEach
    void removeTorrents() throws Exception {
        Workbench.removeAllTorrents();
        view.setSource(() -> WorkbenchSession.get().snapshots());
    }

    private String cell(int row, String column) {
        List<String> headers = Arrays.stream(view.table().getColumns()).map(TableColumn::getText).toList();
        TableItem item = view.table().getItem(row);
        return item.getText(headers.indexOf(column));
    }

    private IAction action(String text) {
        return view.actions().stream().filter(action -> action.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theTableHasAColumnForEachFactAUserLooksFor() {
        List<String> headers = Arrays.stream(view.table().getColumns()).map(TableColumn::getText).toList();
        assertEquals(List.of("Name", "Size", "Progress", "State", "Down", "Up", "Peers", "ETA", "Ratio", "Added"), headers);
        assertTrue(view.table().getHeaderVisible());
    }

    @Test
    void withoutTorrentsTheViewTellsTheUserHowToStart() throws Exception {
        Workbench.awaitUi("the empty state", () -> view.visibleContent() != null && view.table().getItemCount() == 0);
        Control shown = view.visibleContent();
        assertNotSame(view.table().getParent(), shown, "an empty table is shown instead of the empty state");
        assertTrue(shown.isVisible());
        List<String> texts = Workbench.labelTexts(shown);
        assertTrue(texts.contains("No torrents yet"), texts.toString());
        assertTrue(texts.stream().anyMatch(text -> text.contains("Add a .torrent file")), texts.toString());
        assertTrue(shown.getSize().x > 0 && shown.getSize().y > 0, "the empty state has no size: " + shown.getSize());
        assertFalse(view.table().isVisible());
    }

    @Test
    void aTorrentInTheSessionShowsItsProgressAndStateAndPausesFromTheToolbar() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data/shared"));
        byte[] bytes = new byte[300_000];
        new Random(5).nextBytes(bytes);
        Files.write(data.resolve("file.bin"), bytes);
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(data).withPieceLength(16 * 1024), CreateProgress.NONE).torrent();
        WorkbenchSession.get().add(torrent, data.getParent());

        Workbench.awaitUi("the torrent seeding in the table", () -> view.table().getItemCount() == 1 && cell(0, "State").equals("Seeding"));
        assertSame(view.table().getParent(), view.visibleContent(), "the table replaced the empty state");
        assertEquals("shared", cell(0, "Name"));
        assertEquals("293.0 KiB", cell(0, "Size"));
        assertEquals("100.0%", cell(0, "Progress"));
        assertEquals("0 (0)", cell(0, "Peers"));
        assertTrue(view.statusLine().endsWith("   0 peers   1 torrent"), view.statusLine());

        view.table().setSelection(0);
        view.table().notifyListeners(SWT.Selection, new Event());
        Workbench.processEvents();
        Workbench.awaitUi("the selection reaching the actions", () -> action("Pause").isEnabled());
        assertFalse(action("Start").isEnabled(), "a seeding torrent cannot be started");
        action("Pause").run();
        Workbench.awaitUi("the torrent paused in the table", () -> cell(0, "State").equals("Paused"));
        Workbench.awaitUi("Start enabled for the paused torrent", () -> action("Start").isEnabled());
        action("Start").run();
        Workbench.awaitUi("the torrent seeding again", () -> cell(0, "State").equals("Seeding"));
    }

    @Test
    void tenThousandTorrentsAreShownLazilySortedAndFiltered() throws Exception {
        List<TorrentSnapshot> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(madeUp(String.format("torrent-%05d", i), i));
        }
        view.setSource(() -> many);
        Workbench.awaitUi("10,000 rows", () -> view.table().getItemCount() == 10_000);
        Workbench.awaitUi("the first row painted", () -> cell(0, "Name").startsWith("torrent-"));
        assertTrue(view.builtRows() < 1_000, "only visible rows are built, not " + view.builtRows());
        assertTrue(view.statusLine().startsWith("Down 46.6 GiB/s   Up 0 B/s   "), view.statusLine());
        assertTrue(view.statusLine().endsWith("peers   10,000 torrents"), view.statusLine());

        TableColumn name = view.table().getColumn(0);
        name.notifyListeners(SWT.Selection, new Event());
        name.notifyListeners(SWT.Selection, new Event());
        Workbench.awaitUi("sorted by name, descending", () -> cell(0, "Name").equals("torrent-09999"));
        assertEquals(SWT.DOWN, view.table().getSortDirection());

        view.filter().setText("torrent-00042");
        Workbench.awaitUi("one row left by the filter", () -> view.table().getItemCount() == 1);
        assertEquals("torrent-00042", cell(0, "Name"));
        view.filter().setText("");
        Workbench.awaitUi("all rows back", () -> view.table().getItemCount() == 10_000);
    }

    private static TorrentSnapshot madeUp(String name, int seed) {
        byte[] hash = new byte[20];
        new Random(seed).nextBytes(hash);
        long size = 1_000_000L + seed;
        return new TorrentSnapshot(InfoHash.of(hash), name, Path.of("/tmp"), TorrentState.DOWNLOADING, size, size, size / 2,
                size / 2, new BitSet(), new int[0], 1000L * seed, 0, size / 2, 0, seed % 7, seed % 3, 0,
                Instant.ofEpochSecond(1_700_000_000L + seed), Optional.empty());
    }
}
