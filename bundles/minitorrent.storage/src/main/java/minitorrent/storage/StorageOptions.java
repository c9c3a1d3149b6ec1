package minitorrent.storage;

/**
 * How a {@link TorrentStorage} uses the disk.
 *
 * @param allocation   sparse or full preallocation (for a writable storage)
 * @param maxOpenFiles the most file handles open at once, at least 1
 * @param writable     false to only read and check existing data (seeding, the check command):
 *                     nothing is created, nothing is written
 */
public record StorageOptions(Allocation allocation, int maxOpenFiles, boolean writable) {

    /** The default bound on open files: enough for a busy swarm, far below any descriptor limit. */
    public static final int DEFAULT_MAX_OPEN_FILES = 64;

    public StorageOptions {
        if (maxOpenFiles < 1) {
            throw new IllegalArgumentException("at least one open file is needed, not " + maxOpenFiles);
        }
    }

    /** Writable, sparse, 64 open files. */
    public static StorageOptions defaults() {
        return new StorageOptions(Allocation.SPARSE, DEFAULT_MAX_OPEN_FILES, true);
    }

    /** Read-only, 64 open files: for checking or seeding data that is already there. */
    public static StorageOptions readOnly() {
        return new StorageOptions(Allocation.SPARSE, DEFAULT_MAX_OPEN_FILES, false);
    }

    public StorageOptions withAllocation(Allocation value) {
        return new StorageOptions(value, maxOpenFiles, writable);
    }

    public StorageOptions withMaxOpenFiles(int value) {
        return new StorageOptions(allocation, value, writable);
    }
}
