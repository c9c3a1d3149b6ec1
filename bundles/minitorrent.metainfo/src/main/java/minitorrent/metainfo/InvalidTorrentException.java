package minitorrent.metainfo;

/**
 * A .torrent file or magnet link that cannot be used, with a message naming the problem and the
 * key it concerns, e.g. {@code 'info' > 'piece length' is missing}.
 */
public final class InvalidTorrentException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTorrentException(String message) {
        super(message);
    }

    public InvalidTorrentException(String message, Throwable cause) {
        super(message, cause);
    }
}
