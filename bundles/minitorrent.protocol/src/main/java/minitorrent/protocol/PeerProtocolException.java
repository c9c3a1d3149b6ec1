package minitorrent.protocol;

/**
 * A peer broke the peer wire protocol: a bad handshake, a message longer than its type allows,
 * an index out of range, a malformed extension handshake. The message names the message and the
 * offending value, e.g. {@code "REQUEST of 32768 bytes, above the block limit of 16384"}. The
 * connection must be closed: the decoder that threw is unusable afterwards.
 */
public final class PeerProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    public PeerProtocolException(String message) {
        super(message);
    }

    public PeerProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
