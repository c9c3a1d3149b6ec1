package minitorrent.metainfo.internal;

import minitorrent.metainfo.InvalidTorrentException;

/**
 * Checks a magnet link's peer address (BEP 9 'x.pe'): {@code hostname:port},
 * {@code ipv4-literal:port} or {@code [ipv6-literal]:port}, with a port from 1 to 65535. It is not
 * resolved here; that is the connecting code's business.
 */
public final class PeerAddressSyntax {

    private static final int MAX_HOST_LENGTH = 253;

    private PeerAddressSyntax() {
    }

    /**
     * The address in its canonical form ("host:port", "[v6]:port", port without leading zeros).
     *
     * @param key the parameter it came from, for the error message
     */
    public static String canonical(String key, String address) throws InvalidTorrentException {
        String where = key + "=" + address;
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            throw new InvalidTorrentException(where + " has no port");
        }
        String host = address.substring(0, colon);
        int port = port(where, address.substring(colon + 1));
        if (host.startsWith("[") && host.endsWith("]")) {
            String literal = host.substring(1, host.length() - 1);
            if (!isIpv6Literal(literal)) {
                throw new InvalidTorrentException(where + " has an invalid IPv6 address");
            }
            return "[" + literal + "]:" + port;
        }
        if (host.indexOf(':') >= 0) {
            throw new InvalidTorrentException(where + " has an IPv6 address without the brackets it needs");
        }
        if (!isHostName(host)) {
            throw new InvalidTorrentException(where + " has an invalid host");
        }
        return host + ":" + port;
    }

    private static int port(String where, String digits) throws InvalidTorrentException {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidTorrentException(where + " has an invalid port");
        }
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw new InvalidTorrentException(where + " has an invalid port");
        }
        return port;
    }

    /** Hex groups and colons, with an IPv4 tail allowed; the connecting code parses it for real. */
    private static boolean isIpv6Literal(String text) {
        return text.length() >= 2 && text.indexOf(':') >= 0
                && text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0 && c < 0x80);
    }

    /** Letters, digits, '-', '_' and '.', as host names and IPv4 literals are written. */
    private static boolean isHostName(String text) {
        return !text.isEmpty() && text.length() <= MAX_HOST_LENGTH
                && text.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_'));
    }
}
