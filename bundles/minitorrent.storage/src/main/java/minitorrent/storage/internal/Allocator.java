package minitorrent.storage.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import minitorrent.metainfo.TorrentFile;
import minitorrent.storage.Allocation;
import minitorrent.storage.StorageException;

/**
 * Prepares a writable torrent's files before the first piece arrives: refuses early when the disk
 * cannot hold what is still to be written, creates the empty files (no piece ever writes them) and,
 * for {@link Allocation#FULL}, fills every file with zeros up to its length. Stateless.
 */
public final class Allocator {

    private static final int ZERO_CHUNK = 1 << 20;

    private Allocator() {
    }

    /** Bytes the torrent's real (non-pad) files still need beyond what they hold now. */
    public static long bytesToAllocate(List<TorrentFile> files, List<Path> paths) throws StorageException {
        long needed = 0;
        for (int i = 0; i < files.size(); i++) {
            TorrentFile file = files.get(i);
            if (!file.padFile()) {
                long size = stamp(paths.get(i), file).size();
                needed += Math.max(0, file.length() - Math.max(0, size));
            }
        }
        return needed;
    }

    /** Throws when the file store of {@code base} has less usable space than the torrent still needs. */
    public static void checkSpace(Path base, String torrentName, long needed) throws StorageException {
        long usable;
        try {
            usable = Files.getFileStore(base).getUsableSpace();
        } catch (IOException e) {
            throw new StorageException("cannot tell the free space of '" + base + "': " + SafeFiles.reason(e), e);
        }
        if (needed > usable) {
            throw new StorageException("not enough space in '" + base + "' for '" + torrentName + "': " + needed
                    + " more bytes are needed, " + usable + " are free");
        }
    }

    /** Creates empty files and, for full allocation, writes zeros from each file's current end to its length. */
    public static void allocate(List<TorrentFile> files, PieceIo io, Allocation allocation) throws StorageException {
        ByteBuffer zeros = ByteBuffer.allocate(ZERO_CHUNK);
        for (int i = 0; i < files.size(); i++) {
            TorrentFile file = files.get(i);
            if (file.padFile() || (file.length() > 0 && allocation == Allocation.SPARSE)) {
                continue;
            }
            FileChannel channel = io.leaseForWrite(i);
            try {
                for (long position = channel.size(); position < file.length(); ) {
                    zeros.clear().limit((int) Math.min(ZERO_CHUNK, file.length() - position));
                    position += channel.write(zeros, position);
                }
                channel.force(false);
            } catch (IOException e) {
                throw new StorageException("cannot allocate '" + file.pathString() + "': " + SafeFiles.reason(e), e);
            } finally {
                io.release(i);
            }
        }
    }

    private static FileStamp stamp(Path path, TorrentFile file) throws StorageException {
        try {
            return FileStamp.of(path);
        } catch (IOException e) {
            throw new StorageException("cannot read the size of '" + file.pathString() + "': " + SafeFiles.reason(e), e);
        }
    }
}
