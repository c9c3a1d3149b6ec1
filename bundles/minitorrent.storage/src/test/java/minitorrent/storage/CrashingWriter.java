package minitorrent.storage;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;

/**
 * The child process of {@link CrashResumeTest}: resumes a download, then writes the missing pieces
 * block by block from a source file, verifying each and saving resume data after every third,
 * until done or killed. Prints "had N" after each verified piece and "saved N" after each save.
 * Arguments: torrent file, download folder, resume file, source content file.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Torrent torrent = new TorrentParser().parse(Path.of(args[0]));
        Path resume = Path.of(args[2]);
        try (TorrentStorage storage = TorrentStorage.open(torrent, Path.of(args[1]), StorageOptions.defaults());
                RandomAccessFile source = new RandomAccessFile(args[3], "r")) {
            storage.resume(resume, RecheckProgress.NONE);
            int sinceSave = 0;
            for (int piece = 0; piece < torrent.pieceCount(); piece++) {
                if (storage.hasPiece(piece)) {
                    continue;
                }
                byte[] data = new byte[torrent.pieceSize(piece)];
                source.seek((long) piece * torrent.pieceLength());
                source.readFully(data);
                for (int offset = 0; offset < data.length; offset += PieceLayout.BLOCK_SIZE) {
                    storage.writeBlock(piece, offset, ByteBuffer.wrap(data, offset, Math.min(PieceLayout.BLOCK_SIZE, data.length - offset)));
                    // A peer's blocks arrive over time: the pause keeps a piece in flight long enough for kills to land inside it.
                    Thread.sleep(2);
                }
                if (!storage.verifyPiece(piece)) {
                    throw new IllegalStateException("piece " + piece + " failed");
                }
                System.out.println("had " + piece);
                if (++sinceSave == 3) {
                    storage.saveResume(resume);
                    System.out.println("saved " + storage.pieces().cardinality());
                    sinceSave = 0;
                }
            }
            storage.saveResume(resume);
            System.out.println("saved " + storage.pieces().cardinality());
        }
        Files.writeString(Path.of(args[2] + ".done"), "done");
    }
}
