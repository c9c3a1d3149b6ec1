package minitorrent.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.Comparator;
import java.util.TreeSet;

import minitorrent.metainfo.Torrent;
import minitorrent.storage.internal.SafeFiles;

/**
 * Moves a torrent's data to another download folder: one rename when both lie on the same file
 * system; otherwise copy the had pieces (each hashed before it is written), verify them by reading
 * the new files back, and only then delete the old files and the folders they leave empty. Used
 * once by one thread.
 */
final class DataMover {

    private final TorrentStorage source;
    private final BitSet pieces;

    DataMover(TorrentStorage source, BitSet pieces) {
        this.source = source;
        this.pieces = (BitSet) pieces.clone();
    }

    TorrentStorage moveTo(Path newFolder, Path target) throws StorageException {
        Torrent torrent = source.torrent();
        Path from = source.contentPath();
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException otherFileSystem) {
                return copyVerifyDelete(newFolder);
            } catch (IOException e) {
                throw new StorageException("cannot move '" + from + "' to '" + target + "': " + SafeFiles.reason(e), e);
            }
        }
        TorrentStorage moved = TorrentStorage.open(torrent, newFolder, source.options());
        moved.trust(pieces);
        return moved;
    }

    private TorrentStorage copyVerifyDelete(Path newFolder) throws StorageException {
        Torrent torrent = source.torrent();
        TorrentStorage moved = TorrentStorage.open(torrent, newFolder, source.options());
        try (TorrentStorage old = TorrentStorage.open(torrent, source.downloadFolder(), StorageOptions.readOnly())) {
            for (int piece = pieces.nextSetBit(0); piece >= 0; piece = pieces.nextSetBit(piece + 1)) {
                byte[] data = old.readBlock(piece, 0, moved.layout().pieceSize(piece));
                if (!moved.writePiece(piece, ByteBuffer.wrap(data))) {
                    throw new StorageException("cannot move '" + torrent.name() + "': piece " + piece + " in '" + source.downloadFolder()
                            + "' no longer matches its hash; the old data is kept");
                }
            }
            RecheckResult copied = moved.recheck(pieces, RecheckProgress.NONE);
            if (copied.goodCount() != pieces.cardinality()) {
                throw new StorageException("cannot move '" + torrent.name() + "': " + (pieces.cardinality() - copied.goodCount())
                        + " pieces read back wrong from '" + newFolder + "'; the old data is kept");
            }
        } catch (StorageException e) {
            moved.close();
            throw e;
        } catch (RecheckCancelledException impossible) {
            throw new IllegalStateException("a recheck that is never cancelled was cancelled", impossible);
        }
        deleteOld();
        return moved;
    }

    private void deleteOld() throws StorageException {
        Path content = source.contentPath();
        TreeSet<Path> folders = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < source.torrent().files().size(); i++) {
            Path file = source.filePath(i);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StorageException("moved, but cannot delete the old '" + file + "': " + SafeFiles.reason(e), e);
            }
            for (Path folder = file.getParent(); folder.startsWith(content); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException keep) {
                // Someone else's files are in it: they stay, and so does the folder.
            } catch (IOException e) {
                throw new StorageException("moved, but cannot delete the old folder '" + folder + "': " + SafeFiles.reason(e), e);
            }
        }
    }
}
