package minitorrent.tracker.internal.server;

/**
 * A client's request that the tracker cannot serve (a parameter missing or malformed, a limit
 * exceeded). Its message is sent back as the {@code failure reason}, so it names the problem.
 */
final class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidRequestException(String message) {
        super(message);
    }
}
