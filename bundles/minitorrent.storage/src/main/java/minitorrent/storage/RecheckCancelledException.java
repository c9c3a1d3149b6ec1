package minitorrent.storage;

/** A recheck stopped because its {@link RecheckProgress} asked it to; the storage's pieces are unchanged. */
public final class RecheckCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public RecheckCancelledException(int checked, int total) {
        super("recheck cancelled after " + checked + " of " + total + " pieces");
    }
}
