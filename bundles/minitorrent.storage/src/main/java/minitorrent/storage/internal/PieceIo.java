package minitorrent.storage.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import minitorrent.storage.FileSegment;
import minitorrent.storage.StorageException;

/**
 * Positional reads and writes of file segments through a {@link FileHandlePool}, with errors that
 * name the file and offset. Pad-file segments are never written and read as zeros (BEP 47).
 * Thread-safe: its state is the set of files written since they were last forced, which lets
 * {@link #forceWritten()} sync just those, and the locks that let one thread at a time write a file.
 */
public final class PieceIo {

    /**
     * Locks for writes, a file's by its index. ext4 lets one buffered write into a file run at a
     * time and has the others spin in the kernel while they wait, so two disk threads writing
     * pieces of one file burnt a core between them (a tenth of a 1 GiB download's CPU); waiting
     * here they sleep. Striped, so a torrent of many files needs no lock for each.
     */
    private static final int WRITE_LOCK_STRIPES = 64;
    private static final byte[] ZEROS = new byte[4096];
    /**
     * The most one read or write system call moves. The JDK moves a heap buffer through a direct
     * buffer of its own as large as the call; 128 KiB of it stays in the CPU's cache between the
     * JDK's copy and the kernel's, 1 MiB (a whole piece) did not: writing pieces in such chunks
     * took a fifth off a 1 GiB download's CPU.
     */
    private static final int IO_CHUNK = 128 * 1024;

    private final FileHandlePool pool;
    private final List<Path> paths;
    private final List<String> names;
    private final Path base;
    private final Set<Integer> unforced = ConcurrentHashMap.newKeySet();
    private final ReentrantLock[] writeLocks = new ReentrantLock[WRITE_LOCK_STRIPES];

    public PieceIo(FileHandlePool pool, List<Path> paths, List<String> names, Path base) {
        this.pool = pool;
        this.paths = List.copyOf(paths);
        this.names = List.copyOf(names);
        this.base = base;
        Arrays.setAll(writeLocks, stripe -> new ReentrantLock());
    }

    /**
     * Reads the segments into {@code into} from {@code offset} on.
     *
     * @return false when a file is absent or too short to hold a segment (what is there is read anyway)
     */
    public boolean read(List<FileSegment> segments, byte[] into, int offset) throws StorageException {
        return read(segments, ByteBuffer.wrap(into, offset, into.length - offset));
    }

    /**
     * Reads the segments into {@code into} from its position on (a heap or a direct buffer), and
     * moves its position past them.
     *
     * @return false when a file is absent or too short to hold a segment (what is there is read anyway)
     */
    public boolean read(List<FileSegment> segments, ByteBuffer into) throws StorageException {
        boolean complete = true;
        for (FileSegment segment : segments) {
            ByteBuffer part = into.slice(into.position(), segment.length());
            if (segment.padFile()) {
                zeroFill(part);
            } else {
                complete &= readSegment(segment, part);
            }
            into.position(into.position() + segment.length());
        }
        return complete;
    }

    /** Writes {@code data}'s remaining bytes over the segments, which must cover exactly that many bytes. */
    public void write(List<FileSegment> segments, ByteBuffer data) throws StorageException {
        for (FileSegment segment : segments) {
            ByteBuffer part = data.slice(data.position(), segment.length());
            data.position(data.position() + segment.length());
            if (!segment.padFile()) {
                // Recorded before the bytes go out, so a force that runs after this write sees the file.
                unforced.add(segment.fileIndex());
                writeSegment(segment, part);
            }
        }
    }

    /**
     * Forces the data of the segments' files to the device, so that a crash cannot lose it. A file
     * whose channel the pool closed since the write is opened again: fsync covers the file's dirty
     * pages whichever descriptor wrote them.
     */
    public void force(List<FileSegment> segments) throws StorageException {
        for (FileSegment segment : segments) {
            if (segment.padFile()) {
                continue;
            }
            try {
                pool.force(List.of(segment.fileIndex()));
            } catch (IOException e) {
                throw new StorageException("cannot force '" + names.get(segment.fileIndex()) + "' to disk: " + SafeFiles.reason(e), e);
            }
        }
    }

    /**
     * Forces every file written since its last force to the device: whatever was written before
     * this call started is on the device when it returns.
     */
    public void forceWritten() throws StorageException {
        for (Integer index : List.copyOf(unforced)) {
            unforced.remove(index);
            try {
                pool.force(List.of(index));
            } catch (IOException e) {
                unforced.add(index);
                throw new StorageException("cannot force '" + names.get(index) + "' to disk: " + SafeFiles.reason(e), e);
            }
        }
    }

    /** The channel of a file, created (with its folders, never through a link) if needed. */
    public FileChannel leaseForWrite(int index) throws StorageException {
        try {
            Optional<FileChannel> existing = pool.lease(index, false);
            if (existing.isPresent()) {
                return existing.get();
            }
            SafeFiles.createParents(base, paths.get(index), names.get(index));
            return pool.lease(index, true).orElseThrow();
        } catch (IOException e) {
            throw new StorageException("cannot create '" + names.get(index) + "': " + SafeFiles.reason(e), e);
        }
    }

    public void release(int index) {
        pool.release(index);
    }

    private boolean readSegment(FileSegment segment, ByteBuffer into) throws StorageException {
        int index = segment.fileIndex();
        long position = segment.fileOffset();
        try {
            Optional<FileChannel> channel = pool.lease(index, false);
            if (channel.isEmpty()) {
                zeroFill(into);
                return false;
            }
            try {
                while (into.hasRemaining()) {
                    int read = channel.get().read(nextChunk(into), position);
                    if (read < 0) {
                        zeroFill(into);
                        return false;
                    }
                    into.position(into.position() + read);
                    position += read;
                }
                return true;
            } finally {
                pool.release(index);
            }
        } catch (IOException e) {
            throw new StorageException("cannot read '" + names.get(index) + "' at offset " + position + ": " + SafeFiles.reason(e), e);
        }
    }

    /** The next at most {@link #IO_CHUNK} bytes of the buffer, as a view; the caller advances the buffer. */
    private static ByteBuffer nextChunk(ByteBuffer buffer) {
        return buffer.slice(buffer.position(), Math.min(IO_CHUNK, buffer.remaining()));
    }

    /** Zeros the buffer's remaining bytes: what a pad file holds, and what a missing file reads as. */
    private static void zeroFill(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.arrayOffset() + buffer.limit(), (byte) 0);
        } else {
            while (buffer.hasRemaining()) {
                buffer.put(ZEROS, 0, Math.min(ZEROS.length, buffer.remaining()));
            }
        }
    }

    private void writeSegment(FileSegment segment, ByteBuffer data) throws StorageException {
        int index = segment.fileIndex();
        long position = segment.fileOffset();
        FileChannel channel = leaseForWrite(index);
        ReentrantLock lock = writeLocks[index % WRITE_LOCK_STRIPES];
        lock.lock();
        try {
            while (data.hasRemaining()) {
                int written = channel.write(nextChunk(data), position);
                data.position(data.position() + written);
                position += written;
            }
        } catch (IOException e) {
            throw new StorageException("cannot write '" + names.get(index) + "' at offset " + position + ": " + SafeFiles.reason(e), e);
        } finally {
            lock.unlock();
            pool.release(index);
        }
    }
}
