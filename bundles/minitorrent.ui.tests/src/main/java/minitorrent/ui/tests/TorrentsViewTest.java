package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.views.TorrentsView;

class TorrentsViewTest {

    private TorrentsView view;

    @BeforeEach
    void showView() throws PartInitException {
        IViewPart part = Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID);
        view = assertInstanceOf(TorrentsView.class, part, "the Torrents view failed to build: see .metadata/.log");
        Workbench.processEvents();
    }

    @Test
    void theTableHasAColumnForEachFactAUserLooksFor() {
        List<String> headers = Arrays.stream(view.table().getColumns()).map(TableColumn::getText).toList();
        assertEquals(List.of("Name", "Size", "Progress", "State", "Down", "Up", "Peers", "ETA", "Ratio", "Added"), headers);
        assertTrue(view.table().getHeaderVisible());
    }

    @Test
    void withoutTorrentsTheViewTellsTheUserHowToStart() {
        Control shown = view.visibleContent();
        assertNotSame(view.table(), shown, "an empty table is shown instead of the empty state");
        assertTrue(shown.isVisible());
        List<String> texts = Workbench.labelTexts(shown);
        assertTrue(texts.contains("No torrents yet"), texts.toString());
        assertTrue(texts.stream().anyMatch(text -> text.contains("Add a .torrent file")), texts.toString());
        assertTrue(shown.getSize().x > 0 && shown.getSize().y > 0, "the empty state has no size: " + shown.getSize());
        assertFalse(view.table().isVisible());
    }
}
