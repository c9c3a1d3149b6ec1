package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.Method;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import minitorrent.engine.RateLimits;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.PiecesView;
import minitorrent.ui.internal.views.TorrentsView;

/**
 * The Pieces map at scale and in motion: a real torrent of 100,000 pieces (sparse files of 1.6 GB,
 * with 30,000 pieces spoilt in the download folder) shows in cells that each hold many pieces,
 * paints fast without allocating per piece, keeps the workbench responsive and names the files a
 * cell covers; during a real download only the cells that changed are painted again.
 */
class PiecesMapTest extends TransferFixture {

    private static final int PIECE = 16 * 1024;
    private static final int PIECES = 100_000;
    private static final long[] LENGTHS = {600_000_000L, 500_000_000L, (long) PIECES * PIECE - 1_100_000_000L};
    private static final String[] NAMES = {"part1.bin", "part2.bin", "part3.bin"};

    @Test
    void aHundredThousandPiecesShowInCellsThatPaintFastAndNameTheirFiles() throws Exception {
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(sparseFiles(temp.resolve("seed"))).withPieceLength(PIECE),
                CreateProgress.NONE).torrent();
        Path download = temp.resolve("download");
        sparseFiles(download);
        int spoilt = 0;
        for (int piece = 20_000; piece < 60_000; piece++) {
            if (piece % 4 != 0) {
                spoil(download.resolve("big"), (long) piece * PIECE);
                spoilt++;
            }
        }
        WorkbenchSession.get().add(torrent, download); // checked at once, then waits for peers that never come

        TorrentsView torrents = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        PiecesView pieces = assertInstanceOf(PiecesView.class, Workbench.page().showView(MiniTorrentUi.PIECES_VIEW_ID));
        Workbench.awaitOnlyRow(torrents, "big");
        Workbench.selectFirstTorrent(torrents);
        String had = String.format("%,d of 100,000 pieces", PIECES - spoilt);
        Workbench.awaitUi("the checked pieces in the map", () -> pieces.summary().startsWith(had));
        assertTrue(pieces.summary().contains("a cell holds"), pieces.summary());
        assertTrue(pieces.cellCount() > 500 && pieces.cellCount() < PIECES / 10, "cells: " + pieces.cellCount());

        Display display = pieces.map().getDisplay();
        fullPaint(pieces);
        long slowest = 0;
        long allocated = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = allocatedBytes();
            long start = System.nanoTime();
            fullPaint(pieces);
            slowest = Math.max(slowest, System.nanoTime() - start);
            allocated = Math.min(allocated, allocatedBytes() - before);
        }
        assertTrue(pieces.paintedCells() > 500, "a full paint draws every visible cell: " + pieces.paintedCells());
        assertTrue(slowest < 250_000_000L, "a full paint took " + slowest / 1_000_000 + " ms");
        assertTrue(allocated < 256 * 1024, "a paint allocates nothing per piece: " + allocated + " bytes");

        long longestEvent = 0;
        long end = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
            longestEvent = Math.max(longestEvent, System.nanoTime() - start);
        }
        assertTrue(longestEvent < 250_000_000L, "the workbench answered within 250 ms while the map refreshed each second: "
                + longestEvent / 1_000_000 + " ms");
        assertEquals(0, pieces.redrawnCells(), "a map where nothing changes is not drawn again");

        int acrossFiles = (int) (LENGTHS[0] / PIECE);
        Rectangle cell = pieces.cellBounds(acrossFiles);
        String tooltip = pieces.tooltipAt(cell.x + 1, cell.y + 1);
        assertNotNull(tooltip);
        assertTrue(tooltip.startsWith("Pieces ") && tooltip.contains("Files: part1.bin, part2.bin"), tooltip);
        Rectangle spoiltCell = pieces.cellBounds(40_000);
        String partly = pieces.tooltipAt(spoiltCell.x + 1, spoiltCell.y + 1);
        assertTrue(partly.contains("had, 0 downloading\nOn 0 peers\nFile: part2.bin"), partly);
    }

    @Test
    void duringADownloadOnlyTheCellsThatChangedArePaintedAgain() throws Exception {
        Path data = Files.createDirectories(temp.resolve("seed"));
        byte[] bytes = new byte[3 << 20];
        new Random(11).nextBytes(bytes);
        Files.write(data.resolve("slow.bin"), bytes);
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(data.resolve("slow.bin")).withPieceLength(PIECE),
                CreateProgress.NONE).torrent();
        seeder = LoopbackSeeding.startSeeder(temp.resolve("seeder-state"), new RateLimits(0, 256 * 1024), torrent, data);

        TorrentsView torrents = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        PiecesView pieces = assertInstanceOf(PiecesView.class, Workbench.page().showView(MiniTorrentUi.PIECES_VIEW_ID));
        LoopbackSeeding.downloadFrom(seeder, torrent, temp.resolve("download"));
        Workbench.awaitOnlyRow(torrents, "slow.bin");
        Workbench.selectFirstTorrent(torrents);
        Workbench.awaitUi("every piece in a cell of its own", () -> pieces.cellCount() == torrent.pieceCount());
        Workbench.awaitUi("an update that redraws only the few cells that changed while pieces arrive",
                () -> pieces.redrawnCells() > 0 && pieces.redrawnCells() < torrent.pieceCount() / 4);
    }

    /** The three files of the big torrent under {@code folder}/big, as sparse files of zeros. */
    private static Path sparseFiles(Path folder) throws IOException {
        Path big = Files.createDirectories(folder.resolve("big"));
        for (int i = 0; i < NAMES.length; i++) {
            try (RandomAccessFile file = new RandomAccessFile(big.resolve(NAMES[i]).toFile(), "rw")) {
                file.setLength(LENGTHS[i]);
            }
        }
        return big;
    }

    /** Writes a non-zero byte at this offset of the torrent's data, so the piece there fails its hash. */
    private static void spoil(Path big, long offset) throws IOException {
        int file = 0;
        while (offset >= LENGTHS[file]) {
            offset -= LENGTHS[file];
            file++;
        }
        try (RandomAccessFile out = new RandomAccessFile(big.resolve(NAMES[file]).toFile(), "rw")) {
            out.seek(offset);
            out.write(1);
        }
    }

    /** Paints the whole map into an image, at once (a redraw on screen would wait for the window system). */
    private static void fullPaint(PiecesView pieces) {
        Rectangle area = pieces.map().getClientArea();
        Image image = new Image(pieces.map().getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            pieces.map().print(gc);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Bytes this thread allocated so far, from the JDK's own thread bean (com.sun.management, reached by reflection outside OSGi's wiring). */
    private static long allocatedBytes() throws Exception {
        Class<?> bean = Class.forName("com.sun.management.ThreadMXBean", true, ClassLoader.getPlatformClassLoader());
        Method current = bean.getMethod("getCurrentThreadAllocatedBytes");
        return (long) current.invoke(ManagementFactory.getThreadMXBean());
    }
}
