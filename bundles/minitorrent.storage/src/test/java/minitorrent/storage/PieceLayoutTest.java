package minitorrent.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import minitorrent.metainfo.TorrentFile;

class PieceLayoutTest {

    /** Files of these lengths, in order, as the torrent's byte stream places them; names f0, f1, ... */
    private static List<TorrentFile> files(long... lengths) {
        return files(new boolean[lengths.length], lengths);
    }

    private static List<TorrentFile> files(boolean[] pads, long... lengths) {
        List<TorrentFile> files = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < lengths.length; i++) {
            files.add(new TorrentFile(List.of("f" + i), List.of("f" + i), lengths[i], offset, pads[i]));
            offset += lengths[i];
        }
        return files;
    }

    private static FileSegment segment(int file, long offset, int length) {
        return new FileSegment(file, offset, length, false);
    }

    @Test
    void theLastPieceIsShortAndSoIsItsLastBlock() {
        PieceLayout layout = new PieceLayout(files(100_000), 32 * 1024);
        assertEquals(4, layout.pieceCount());
        assertEquals(100_000 - 3 * 32_768, layout.pieceSize(3));
        assertEquals(1, layout.blockCount(3));
        assertEquals(100_000 - 3 * 32_768, layout.blockSize(3, 0));
        assertEquals(2, layout.blockCount(0));
        assertEquals(List.of(segment(0, 98_304, 1_696)), layout.pieceSegments(3));
        assertThrows(IndexOutOfBoundsException.class, () -> layout.pieceSize(4));
        assertThrows(IndexOutOfBoundsException.class, () -> layout.segments(3, 1_000, 1_000));
    }

    @Test
    void aPieceSpansThreeFiles() {
        PieceLayout layout = new PieceLayout(files(10, 5, 20), 32);
        assertEquals(List.of(segment(0, 0, 10), segment(1, 0, 5), segment(2, 0, 17)), layout.pieceSegments(0));
        assertEquals(List.of(segment(2, 17, 3)), layout.pieceSegments(1));
        assertEquals(List.of(segment(0, 8, 2), segment(1, 0, 5), segment(2, 0, 1)), layout.segments(0, 8, 8));
    }

    @Test
    void emptyFilesAtStartMiddleAndEndTakeNoBytes() {
        PieceLayout layout = new PieceLayout(files(0, 0, 10, 0, 6, 0), 8);
        assertEquals(2, layout.pieceCount());
        assertEquals(List.of(segment(2, 0, 8)), layout.pieceSegments(0));
        assertEquals(List.of(segment(2, 8, 2), segment(4, 0, 6)), layout.pieceSegments(1));
        assertTrue(layout.piecesOf(0).isEmpty());
        assertTrue(layout.piecesOf(3).isEmpty());
        assertTrue(layout.piecesOf(5).isEmpty());
        assertEquals(new PieceLayout.PieceRange(0, 2), layout.piecesOf(2));
        assertEquals(new PieceLayout.PieceRange(1, 2), layout.piecesOf(4));
    }

    @Test
    void padFileSegmentsAreMarked() {
        PieceLayout layout = new PieceLayout(files(new boolean[] {false, true, false}, 5, 11, 16), 16);
        assertEquals(List.of(segment(0, 0, 5), new FileSegment(1, 0, 11, true)), layout.pieceSegments(0));
        assertEquals(List.of(segment(2, 0, 16)), layout.pieceSegments(1));
    }

    @Test
    void aTorrentOfOnlyEmptyFilesHasNoPieces() {
        PieceLayout layout = new PieceLayout(files(0, 0), 16);
        assertEquals(0, layout.pieceCount());
        assertTrue(layout.piecesOf(1).isEmpty());
    }

    /** Every block of random layouts maps byte for byte to the file a plain scan of the file list finds. */
    @Test
    void segmentsAgreeWithAByteByByteScan() {
        Random random = new Random(4);
        for (int round = 0; round < 200; round++) {
            long[] lengths = new long[1 + random.nextInt(8)];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(300);
            }
            PieceLayout layout = new PieceLayout(files(lengths), 1 + random.nextInt(100));
            long expectedTotal = java.util.Arrays.stream(lengths).sum();
            assertEquals((expectedTotal + layout.pieceLength() - 1) / layout.pieceLength(), layout.pieceCount());
            for (int piece = 0; piece < layout.pieceCount(); piece++) {
                long position = (long) piece * layout.pieceLength();
                for (FileSegment segment : layout.pieceSegments(piece)) {
                    for (int k = 0; k < segment.length(); k++, position++) {
                        long start = 0;
                        int file = 0;
                        while (position >= start + lengths[file]) {
                            start += lengths[file++];
                        }
                        assertEquals(file, segment.fileIndex(), "file of byte " + position);
                        assertEquals(position - start, segment.fileOffset() + k, "offset of byte " + position);
                    }
                }
                assertEquals(Math.min((long) (piece + 1) * layout.pieceLength(), expectedTotal), position, "piece " + piece + " covered");
            }
        }
    }
}
