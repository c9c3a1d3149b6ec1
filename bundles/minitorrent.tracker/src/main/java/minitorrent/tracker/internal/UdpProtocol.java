package minitorrent.tracker.internal;

/**
 * The constants of the UDP tracker protocol (BEP 15), shared by our client and our server: the
 * magic protocol id of a connect request, the action numbers, and the packet sizes.
 */
public final class UdpProtocol {

    /** The magic number a connect request starts with. */
    public static final long PROTOCOL_ID = 0x41727101980L;

    public static final int ACTION_CONNECT = 0;
    public static final int ACTION_ANNOUNCE = 1;
    public static final int ACTION_SCRAPE = 2;
    public static final int ACTION_ERROR = 3;

    /** protocol id (8), action (4), transaction id (4). */
    public static final int CONNECT_REQUEST_LENGTH = 16;
    /** action (4), transaction id (4), connection id (8). */
    public static final int CONNECT_REPLY_LENGTH = 16;
    /** connection id, action, transaction id, info hash, peer id, downloaded, left, uploaded, event, IP, key, num_want, port. */
    public static final int ANNOUNCE_REQUEST_LENGTH = 98;
    /** action, transaction id, interval, leechers, seeders; the peers follow. */
    public static final int ANNOUNCE_REPLY_HEADER_LENGTH = 20;
    /** connection id (8), action (4), transaction id (4); the info hashes follow. */
    public static final int SCRAPE_REQUEST_HEADER_LENGTH = 16;
    /** seeders, completed, leechers: 4 bytes each. */
    public static final int SCRAPE_REPLY_ENTRY_LENGTH = 12;
    /** action (4), transaction id (4); the message follows. */
    public static final int REPLY_HEADER_LENGTH = 8;
    /** BEP 15: "up to about 74 torrents can be scraped at once" in one datagram. */
    public static final int MAX_SCRAPE_HASHES = 74;
    /** The largest UDP payload, so no datagram is ever truncated when received. */
    public static final int MAX_DATAGRAM = 65_507;

    private UdpProtocol() {
    }
}
