package minitorrent.protocol.internal;

/**
 * The message ids of the peer wire protocol (BEP 3), of the DHT port message (BEP 5), of the
 * fast extension (BEP 6, recognised only to refuse it, since we do not advertise it) and of the
 * extension protocol (BEP 10), with the names used in error messages.
 */
public final class MessageIds {

    public static final int CHOKE = 0;
    public static final int UNCHOKE = 1;
    public static final int INTERESTED = 2;
    public static final int NOT_INTERESTED = 3;
    public static final int HAVE = 4;
    public static final int BITFIELD = 5;
    public static final int REQUEST = 6;
    public static final int PIECE = 7;
    public static final int CANCEL = 8;
    public static final int PORT = 9;
    public static final int SUGGEST_PIECE = 13;
    public static final int HAVE_ALL = 14;
    public static final int HAVE_NONE = 15;
    public static final int REJECT_REQUEST = 16;
    public static final int ALLOWED_FAST = 17;
    public static final int EXTENDED = 20;

    private MessageIds() {
    }

    /** Whether the id belongs to the fast extension (BEP 6). */
    public static boolean isFastExtension(int id) {
        return id >= SUGGEST_PIECE && id <= ALLOWED_FAST;
    }

    /** The message's name as the BEPs write it, e.g. {@code NOT_INTERESTED}; {@code message id 42} for others. */
    public static String name(int id) {
        return switch (id) {
            case CHOKE -> "CHOKE";
            case UNCHOKE -> "UNCHOKE";
            case INTERESTED -> "INTERESTED";
            case NOT_INTERESTED -> "NOT_INTERESTED";
            case HAVE -> "HAVE";
            case BITFIELD -> "BITFIELD";
            case REQUEST -> "REQUEST";
            case PIECE -> "PIECE";
            case CANCEL -> "CANCEL";
            case PORT -> "PORT";
            case SUGGEST_PIECE -> "SUGGEST_PIECE";
            case HAVE_ALL -> "HAVE_ALL";
            case HAVE_NONE -> "HAVE_NONE";
            case REJECT_REQUEST -> "REJECT_REQUEST";
            case ALLOWED_FAST -> "ALLOWED_FAST";
            case EXTENDED -> "EXTENDED";
            default -> "message id " + id;
        };
    }
}
