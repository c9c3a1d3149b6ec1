package minitorrent.storage;

/**
 * A torrent's data could not be read, written, checked or moved: the message names the file (and
 * the offset where it matters) and what the file system said, e.g. "cannot write 'a/b.iso' at
 * offset 1048576: No space left on device".
 */
public final class StorageException extends Exception {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
