package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.CreatedTorrent;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.editor.FilesPage;
import minitorrent.ui.internal.editor.OpenTorrentFileHandler;
import minitorrent.ui.internal.editor.OverviewPage;
import minitorrent.ui.internal.editor.PieceHashesPage;
import minitorrent.ui.internal.editor.TorrentEditor;
import minitorrent.ui.internal.editor.TrackersPage;
import minitorrent.ui.internal.editor.WebSeedsPage;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.Palette;
import minitorrent.ui.internal.views.TorrentsView;

/**
 * The light and dark themes of the product: switching restyles our views and the Torrent Editor,
 * and what we paint ourselves (the progress bars) follows, instead of staying light on dark.
 */
class ThemesTest {

    private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";
    private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";

    @TempDir
    Path temp;

    private final IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);

    @AfterEach
    void backToLight() throws Exception {
        engine.setTheme(LIGHT, false);
        Workbench.processEvents();
        Workbench.removeAllTorrents();
    }

    @Test
    void theProductOffersLightAndDarkAndStartsLight() {
        assertNotNull(engine, "the theme engine runs");
        List<String> ids = engine.getThemes().stream().map(theme -> theme.getId()).toList();
        assertTrue(ids.containsAll(List.of(LIGHT, DARK)), ids.toString());
        assertEquals(LIGHT, engine.getActiveTheme().getId());
    }

    @Test
    void inTheDarkThemeTheTorrentListAndItsProgressBarsAreDark() throws Exception {
        Files.write(temp.resolve("movie.mkv"), new byte[100_000]);
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(temp.resolve("movie.mkv")).withPieceLength(16 * 1024),
                CreateProgress.NONE).torrent();
        Files.delete(temp.resolve("movie.mkv")); // nothing downloaded yet: the bar is all track
        WorkbenchSession.get().add(torrent, temp, true);
        Workbench.page().closeAllEditors(false);
        Workbench.page().resetPerspective();
        TorrentsView view = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        Workbench.awaitUi("the torrent listed", () -> view.table().getItemCount() == 1 && view.table().getItem(0).getData() != null);
        Workbench.awaitUi("a light progress track in the light theme", () -> !isDark(progressTrackColor(view.table())));

        engine.setTheme(DARK, false);
        Workbench.awaitUi("the table restyled", () -> Palette.of(view.table()).isDark());
        Workbench.awaitUi("a dark progress track", () -> isDark(progressTrackColor(view.table())));

        engine.setTheme(LIGHT, false);
        Workbench.awaitUi("the table light again", () -> !Palette.of(view.table()).isDark());
    }

    @Test
    void inTheDarkThemeEveryPageOfTheTorrentEditorIsDark() throws Exception {
        Files.write(temp.resolve("movie.mkv"), new byte[100_000]);
        CreatedTorrent created = new TorrentCreator().create(CreateOptions.of(temp.resolve("movie.mkv")).withPieceLength(16 * 1024)
                .withTrackers(List.of(List.of("http://127.0.0.1:6969/announce"))), CreateProgress.NONE);
        Path file = temp.resolve("movie.torrent");
        TorrentCreator.write(created, file, false);
        engine.setTheme(DARK, false);
        Workbench.processEvents();

        TorrentEditor editor = (TorrentEditor) OpenTorrentFileHandler.open(Workbench.page(), file);
        try {
            Workbench.page().setPartState(Workbench.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
            Job.getJobManager().join(TorrentEditor.JOB_FAMILY, null);
            Workbench.awaitUi("the file read", () -> !"notice".equals(editor.getActivePageInstance().getId()));
            for (String page : List.of(OverviewPage.ID, FilesPage.ID, TrackersPage.ID, WebSeedsPage.ID, PieceHashesPage.ID)) {
                Form form = editor.setActivePage(page).getManagedForm().getForm().getForm();
                Workbench.processEvents();
                awaitDark(page + " page's heading", form.getHead(), form.getHead().getSize().x / 2, 3);
                assertFalse(isDark(form.getForeground().getRGB()), page + " page's title is dark on dark");
                for (Section section : sectionsUnder(form.getBody())) {
                    String name = page + " page's section '" + section.getText() + "'";
                    Control description = section.getDescriptionControl();
                    awaitDark(name + " description", description, description.getSize().x - 2, description.getSize().y / 2);
                    awaitDark(name + " beside its description", section, 1, description.getLocation().y + description.getSize().y / 2);
                }
            }
        } finally {
            Workbench.page().closeEditor(editor, false);
            Workbench.page().resetPerspective();
        }
    }

    private static List<Section> sectionsUnder(Composite composite) {
        List<Section> sections = new ArrayList<>();
        for (Control child : composite.getChildren()) {
            if (child instanceof Section section) {
                sections.add(section);
            } else if (child instanceof Composite inner) {
                sections.addAll(sectionsUnder(inner));
            }
        }
        return sections;
    }

    private static void awaitDark(String what, Control control, int x, int y) throws InterruptedException {
        Workbench.awaitUi(what + " dark", () -> isDark(screenColor(control, x, y)));
    }

    /** The color on the screen at a point of a control, whatever child paints there. */
    private static RGB screenColor(Control control, int x, int y) {
        Display display = control.getDisplay();
        Point point = control.toDisplay(x, y);
        Image image = new Image(display, 1, 1);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, point.x, point.y);
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(0, 0));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** The color painted near the right end of the first row's progress bar, read off the screen. */
    private static RGB progressTrackColor(Table table) {
        table.redraw();
        table.update();
        int column = List.of(table.getColumns()).stream().map(c -> c.getText()).toList().indexOf("Progress");
        Rectangle cell = table.getItem(0).getBounds(column);
        Image image = new Image(table.getDisplay(), cell.width, cell.height);
        GC gc = new GC(table);
        try {
            gc.copyArea(image, cell.x, cell.y);
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(cell.width - 8, cell.height / 2));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static boolean isDark(RGB color) {
        return (0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue) / 255 < 0.4;
    }
}
