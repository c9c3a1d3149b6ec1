package minitorrent.engine;

/**
 * One file of a torrent at a moment.
 *
 * @param path      the file's path inside the torrent, with '/' between components
 * @param length    its size in bytes
 * @param completed bytes of it in pieces that are had
 * @param priority  how much it is wanted
 */
public record FileSnapshot(String path, long length, long completed, FilePriority priority) {

    /** The share of the file that is had, 0 to 1 (1 for an empty file). */
    public double progress() {
        return length == 0 ? 1 : (double) completed / length;
    }
}
