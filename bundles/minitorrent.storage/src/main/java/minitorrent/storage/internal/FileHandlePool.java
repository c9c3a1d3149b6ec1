package minitorrent.storage.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * At most {@code capacity} open file channels for a torrent's files, opened lazily and closed least
 * recently used first, so a torrent of 100,000 files does not exhaust file descriptors. A channel is
 * leased while a read or write uses it and is never closed under a lease (the pool may then hold a
 * few more than its capacity for a moment). Thread-safe: positional reads and writes on one
 * channel from several threads are allowed by {@link FileChannel}.
 */
public final class FileHandlePool implements AutoCloseable {

    private final List<Path> paths;
    private final int capacity;
    private final boolean writable;
    private final Map<Integer, FileChannel> open = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Integer, Integer> leases = new HashMap<>();

    public FileHandlePool(List<Path> paths, int capacity, boolean writable) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.paths = List.copyOf(paths);
        this.capacity = capacity;
        this.writable = writable;
    }

    /**
     * Leases the channel of file {@code index}; empty when the file does not exist and
     * {@code create} is false. Symbolic links are never followed: the file must be a regular file.
     */
    public synchronized Optional<FileChannel> lease(int index, boolean create) throws IOException {
        FileChannel channel = open.get(index);
        if (channel == null) {
            Set<OpenOption> options = writable
                    ? Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                    : Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            if (create) {
                options = new HashSet<>(options);
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.SPARSE);
            }
            try {
                channel = FileChannel.open(paths.get(index), options);
            } catch (NoSuchFileException missing) {
                if (create) {
                    throw missing;
                }
                return Optional.empty();
            }
            open.put(index, channel);
            evictIdle();
        }
        leases.merge(index, 1, Integer::sum);
        return Optional.of(channel);
    }

    /** Ends a lease taken by {@link #lease}. */
    public synchronized void release(int index) {
        leases.computeIfPresent(index, (key, count) -> count == 1 ? null : count - 1);
        evictIdle();
    }

    /** Forces the data of every open channel among {@code indexes} to the device. */
    public void force(Iterable<Integer> indexes) throws IOException {
        for (int index : indexes) {
            Optional<FileChannel> channel = lease(index, false);
            if (channel.isPresent()) {
                try {
                    channel.get().force(false);
                } finally {
                    release(index);
                }
            }
        }
    }

    /** Closes every channel (after the caller's work is done: leases are not waited for). */
    @Override
    public synchronized void close() throws IOException {
        IOException first = null;
        for (FileChannel channel : new ArrayList<>(open.values())) {
            try {
                channel.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        leases.clear();
        if (first != null) {
            throw first;
        }
    }

    private void evictIdle() {
        Iterator<Map.Entry<Integer, FileChannel>> eldest = open.entrySet().iterator();
        while (open.size() > capacity && eldest.hasNext()) {
            Map.Entry<Integer, FileChannel> entry = eldest.next();
            if (!leases.containsKey(entry.getKey())) {
                eldest.remove();
                try {
                    entry.getValue().close();
                } catch (IOException ignored) {
                    // Closing a channel we only read or whose data was already forced loses nothing.
                }
            }
        }
    }
}
