package minitorrent.metainfo;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import minitorrent.metainfo.internal.Base32;
import minitorrent.metainfo.internal.PeerAddressSyntax;
import minitorrent.metainfo.internal.PercentEncoding;

/**
 * A magnet link (BEP 9): a torrent named by its info hash alone, with what helps to fetch its
 * metadata — a display name, trackers, web seeds (BEP 19) and peers. Immutable.
 *
 * <p>Values are percent-decoded as RFC 3986 says: '%XX' escapes of UTF-8 bytes, either case; a
 * malformed escape is an error. A '+' stays a '+' and is not a space: a magnet link is a URI,
 * not HTML form data, and tracker URLs may hold a '+' (libtorrent reads it as a space; the links
 * {@link #toString()} builds never hold a bare '+' or space, so both read those alike).
 * Parameters BEP 9 does not name, or that MiniTorrent does not use (xl, as, kt, ...), and
 * 'xt' values that are not {@code urn:btih:} (such as v2's {@code urn:btmh:}) are ignored.
 */
public final class MagnetUri {

    private static final String SCHEME = "magnet:?";
    private static final String BTIH = "urn:btih:";
    private static final Set<String> KNOWN_KEYS = Set.of("xt", "dn", "tr", "ws", "x.pe");

    private final InfoHash infoHash;
    /** Empty when the link has no display name. */
    private final String displayName;
    private final List<String> trackers;
    private final List<String> webSeeds;
    private final List<String> peers;

    private MagnetUri(InfoHash infoHash, String displayName, List<String> trackers, List<String> webSeeds, List<String> peers) {
        this.infoHash = infoHash;
        this.displayName = displayName;
        this.trackers = List.copyOf(trackers);
        this.webSeeds = List.copyOf(webSeeds);
        this.peers = List.copyOf(peers);
    }

    /**
     * Reads a magnet link. Surrounding white space is ignored; several 'xt=urn:btih' are accepted
     * only when they name the same hash; the first non-empty 'dn' wins; duplicate trackers, web
     * seeds and peers are dropped, the order of the rest kept.
     */
    public static MagnetUri parse(String link) throws InvalidTorrentException {
        String text = link.strip();
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InvalidTorrentException("not a magnet link: it does not start with 'magnet:?'");
        }
        InfoHash hash = null;
        String name = "";
        Set<String> trackers = new LinkedHashSet<>();
        Set<String> webSeeds = new LinkedHashSet<>();
        Set<String> peers = new LinkedHashSet<>();
        for (String parameter : text.substring(SCHEME.length()).split("&")) {
            int equals = parameter.indexOf('=');
            String key = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!KNOWN_KEYS.contains(key)) {
                continue; // BEP 9: a client ignores what it does not know, however it is written.
            }
            String value = equals < 0 ? "" : PercentEncoding.decode(key, parameter.substring(equals + 1));
            switch (key) {
                case "xt" -> {
                    if (value.regionMatches(true, 0, BTIH, 0, BTIH.length())) {
                        InfoHash named = infoHash(value);
                        if (hash != null && !hash.equals(named)) {
                            throw new InvalidTorrentException("magnet link names two info hashes, " + hash + " and " + named);
                        }
                        hash = named;
                    }
                }
                case "dn" -> name = name.isEmpty() ? value.strip() : name;
                case "tr" -> addIfNotBlank(trackers, value);
                case "ws" -> addIfNotBlank(webSeeds, value);
                default -> peers.add(PeerAddressSyntax.canonical(key, value)); // "x.pe", the last of KNOWN_KEYS
            }
        }
        if (hash == null) {
            throw new InvalidTorrentException("magnet link has no xt=urn:btih parameter");
        }
        return new MagnetUri(hash, name, new ArrayList<>(trackers), new ArrayList<>(webSeeds), new ArrayList<>(peers));
    }

    /** The magnet link of a torrent: its info hash, name, every tracker of every tier in order, and its web seeds. */
    public static MagnetUri of(Torrent torrent) {
        List<String> trackers = torrent.trackers().stream().flatMap(List::stream).distinct().toList();
        return new MagnetUri(torrent.infoHash(), torrent.name(), trackers, torrent.webSeeds(), List.of());
    }

    /** 40 hex digits (BEP 9) or 32 base32 characters (the older form). */
    private static InfoHash infoHash(String xt) throws InvalidTorrentException {
        String digits = xt.substring(BTIH.length());
        if (digits.length() == 2 * InfoHash.LENGTH && digits.chars().allMatch(HexFormat::isHexDigit)) {
            return InfoHash.fromHex(digits);
        }
        Optional<byte[]> base32 = digits.length() == 32 ? Base32.decode(digits) : Optional.empty();
        if (base32.isEmpty()) {
            throw new InvalidTorrentException("xt=" + xt + " is neither 40 hex digits nor 32 base32 characters");
        }
        return InfoHash.of(base32.get());
    }

    private static void addIfNotBlank(Set<String> values, String value) {
        if (!value.isBlank()) {
            values.add(value.strip());
        }
    }

    public InfoHash infoHash() {
        return infoHash;
    }

    /** The 'dn' parameter: what to call the torrent until its metadata arrives. */
    public Optional<String> displayName() {
        return displayName.isEmpty() ? Optional.empty() : Optional.of(displayName);
    }

    /** Tracker URLs ('tr'), in the link's order; a magnet link has no tiers. */
    public List<String> trackers() {
        return trackers;
    }

    /** Web seed URLs ('ws'). */
    public List<String> webSeeds() {
        return webSeeds;
    }

    /** Peer addresses ('x.pe') as "host:port" or "[ipv6]:port". */
    public List<String> peers() {
        return peers;
    }

    /** The canonical link: xt first, then dn, every tr, ws and x.pe, values percent-encoded. */
    @Override
    public String toString() {
        StringBuilder link = new StringBuilder(SCHEME).append("xt=").append(BTIH).append(infoHash.hex());
        if (!displayName.isEmpty()) {
            link.append("&dn=").append(PercentEncoding.encode(displayName));
        }
        trackers.forEach(tracker -> link.append("&tr=").append(PercentEncoding.encode(tracker)));
        webSeeds.forEach(webSeed -> link.append("&ws=").append(PercentEncoding.encode(webSeed)));
        peers.forEach(peer -> link.append("&x.pe=").append(PercentEncoding.encode(peer)));
        return link.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MagnetUri that && infoHash.equals(that.infoHash) && displayName.equals(that.displayName)
                && trackers.equals(that.trackers) && webSeeds.equals(that.webSeeds) && peers.equals(that.peers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(infoHash, displayName, trackers, webSeeds, peers);
    }
}
