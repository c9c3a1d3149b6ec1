package minitorrent.tracker.internal.client;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.internal.QueryEncoding;

/**
 * Builds the URLs an HTTP tracker is asked at: the announce URL with the BEP 3 parameters
 * appended (its own query parameters kept, e.g. a passkey), and the scrape URL BEP 48 derives
 * from it. Stateless.
 */
public final class AnnounceUrls {

    private static final String ANNOUNCE = "announce";

    private AnnounceUrls() {
    }

    /**
     * The announce URL for this request: compact peer lists asked for (BEP 23), the event only
     * when there is one, and the tracker id echoed when the tracker gave one.
     */
    public static URI announce(URI announceUri, AnnounceRequest request, Optional<byte[]> trackerId) {
        StringBuilder query = new StringBuilder(256)
                .append("info_hash=").append(QueryEncoding.encode(request.infoHash().bytes()))
                .append("&peer_id=").append(QueryEncoding.encode(request.peerId().bytes()))
                .append("&port=").append(request.port())
                .append("&uploaded=").append(request.uploaded())
                .append("&downloaded=").append(request.downloaded())
                .append("&left=").append(request.left())
                .append("&compact=1")
                .append("&numwant=").append(request.numWant())
                .append("&key=").append(String.format("%08x", request.key()));
        if (request.event() != AnnounceEvent.NONE) {
            query.append("&event=").append(request.event().httpName());
        }
        trackerId.ifPresent(id -> query.append("&trackerid=").append(QueryEncoding.encode(id)));
        return withQuery(announceUri, query);
    }

    /** The scrape URL for these torrents (BEP 48: one {@code info_hash} parameter each). */
    public static URI scrape(URI scrapeUri, List<InfoHash> infoHashes) {
        StringBuilder query = new StringBuilder(infoHashes.size() * 72);
        for (InfoHash infoHash : infoHashes) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append("info_hash=").append(QueryEncoding.encode(infoHash.bytes()));
        }
        return withQuery(scrapeUri, query);
    }

    /**
     * BEP 48: the scrape URL exists only when the text after the announce URL's last {@code /}
     * starts with {@code announce}; that word is replaced by {@code scrape}, the rest is kept
     * ({@code /x/announce.php?k=1} becomes {@code /x/scrape.php?k=1}).
     */
    public static Optional<URI> scrapeUri(URI announceUri) {
        String text = withoutFragment(announceUri.toString());
        int queryStart = text.indexOf('?');
        String beforeQuery = queryStart < 0 ? text : text.substring(0, queryStart);
        int lastSlash = beforeQuery.lastIndexOf('/');
        int authorityEnd = text.indexOf("//") < 0 ? 0 : text.indexOf("//") + 2;
        if (lastSlash < authorityEnd || !beforeQuery.startsWith(ANNOUNCE, lastSlash + 1)) {
            return Optional.empty();
        }
        return Optional.of(URI.create(text.substring(0, lastSlash + 1) + "scrape"
                + text.substring(lastSlash + 1 + ANNOUNCE.length())));
    }

    /** Appends a query: after {@code ?} when the URL has none, else after {@code &} (unless it ends in ? or &). */
    static URI withQuery(URI base, CharSequence query) {
        String text = withoutFragment(base.toString());
        String separator;
        if (text.indexOf('?') < 0) {
            separator = "?";
        } else if (text.endsWith("?") || text.endsWith("&")) {
            separator = "";
        } else {
            separator = "&";
        }
        return URI.create(text + separator + query);
    }

    private static String withoutFragment(String text) {
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }
}
