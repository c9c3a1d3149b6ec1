package minitorrent.engine;

/** A request to the engine that cannot be done; the message names the torrent and the reason. */
public final class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
