package minitorrent.tracker.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IPv4 and IPv6 address literals without ever asking DNS: a tracker's dictionary peer list
 * (BEP 3 {@code ip}) may hold host names, and resolving names a remote party chose is both slow
 * and a way to make us query their servers. Such entries are skipped instead.
 */
public final class IpLiterals {

    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiterals() {
    }

    /** The address a literal such as {@code 10.0.0.1} or {@code ::1} names, or empty for anything else. */
    public static Optional<InetAddress> parse(String literal) {
        if (literal.indexOf(':') >= 0) {
            return parseIpv6(literal);
        }
        return parseIpv4(literal);
    }

    private static Optional<InetAddress> parseIpv4(String literal) {
        String[] parts = literal.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        return byAddress(bytes);
    }

    /** A string of hex digits, colons and dots holding a colon is taken by the JDK as a literal, never looked up. */
    private static Optional<InetAddress> parseIpv6(String literal) {
        if (!IPV6_CHARACTERS.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName("[" + literal + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> byAddress(byte[] bytes) {
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
