package minitorrent.storage;

/** How a torrent's files take their space on disk. */
public enum Allocation {
    /** Files grow as pieces arrive; holes take no space until written (the default). */
    SPARSE,
    /** Every file is written full of zeros at once, so the disk cannot fill up later and files are less fragmented. */
    FULL
}
