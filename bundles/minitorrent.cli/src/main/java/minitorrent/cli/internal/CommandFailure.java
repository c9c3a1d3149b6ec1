package minitorrent.cli.internal;

/**
 * A command could not do what was asked, for a reason the user can act on: its message is the
 * one line printed on stderr (for example "cannot read /tmp/x.torrent: no such file").
 */
public final class CommandFailure extends Exception {

    /** The exit status of a failed command. */
    public static final int EXIT_STATUS = 1;

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
