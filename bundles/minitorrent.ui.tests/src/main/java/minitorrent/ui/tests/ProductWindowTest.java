package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import minitorrent.app.MiniTorrentApp;
import minitorrent.ui.MiniTorrentUi;

class ProductWindowTest {

    private final Shell shell = Workbench.window().getShell();

    @Test
    void theWindowIsTitledMiniTorrentAndHasItsIcons() {
        assertEquals(MiniTorrentApp.WINDOW_TITLE, shell.getText());
        assertTrue(shell.getImages().length >= 2, "window icons: " + shell.getImages().length);
    }

    @Test
    void itOpensInTheMiniTorrentPerspectiveWithTheTorrentsView() {
        assertEquals(MiniTorrentApp.PERSPECTIVE_ID, Workbench.page().getPerspective().getId());
        assertNotNull(Workbench.page().findView(MiniTorrentUi.TORRENTS_VIEW_ID), "Torrents view is not in the perspective");
    }

    @Test
    void theMenuBarHasFileWindowAndHelpWithAbout() {
        Menu menuBar = shell.getMenuBar();
        assertEquals(List.of("File", "Window", "Help"), texts(menuBar.getItems()));
        Menu help = Arrays.stream(menuBar.getItems()).filter(item -> label(item).equals("Help")).findFirst().orElseThrow().getMenu();
        help.notifyListeners(SWT.Show, new Event());
        assertTrue(texts(help.getItems()).contains("About MiniTorrent"), texts(help.getItems()).toString());
    }

    private static List<String> texts(MenuItem[] items) {
        return Arrays.stream(items).map(ProductWindowTest::label).filter(text -> !text.isEmpty()).toList();
    }

    /** A menu item's text as a user reads it: without mnemonic and accelerator. */
    private static String label(MenuItem item) {
        return item.getText().replace("&", "").split("\t")[0];
    }
}
