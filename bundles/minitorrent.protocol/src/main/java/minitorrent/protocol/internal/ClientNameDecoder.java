package minitorrent.protocol.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the client behind a peer id, for display, from the conventions clients follow (none of
 * them a BEP):
 * <ul>
 * <li>Azureus style {@code -XXvvvv-}: two letters for the client and four version characters,
 * each 0-9 or A-Z for 10 to 35 ({@code -lt0D80-} is libTorrent 0.13.8). Transmission writes
 * versions below 4 as {@code M.mm} ({@code -TR3000-} is 3.00) and a last character other than 0
 * marks a development build.</li>
 * <li>aria2: {@code A2-major-minor-patch-}.</li>
 * <li>Mainline style: {@code Mmajor-minor-patch-}.</li>
 * <li>Shadow style: a client letter, up to five version characters (0-9, A-Z, a-z, '.') padded
 * with '-', then {@code ---}.</li>
 * </ul>
 * Anything else is shown as its printable prefix. Stateless.
 */
public final class ClientNameDecoder {

    private static final Map<String, String> AZUREUS_CLIENTS = Map.ofEntries(
            Map.entry("AZ", "Vuze"), Map.entry("BC", "BitComet"), Map.entry("BI", "BiglyBT"),
            Map.entry("BT", "BitTorrent"), Map.entry("DE", "Deluge"), Map.entry("FD", "Free Download Manager"),
            Map.entry("KT", "KTorrent"), Map.entry("LT", "libtorrent"), Map.entry("lt", "libTorrent"),
            Map.entry("MT", "MiniTorrent"), Map.entry("PI", "PicoTorrent"), Map.entry("qB", "qBittorrent"),
            Map.entry("TL", "Tribler"), Map.entry("TR", "Transmission"), Map.entry("UT", "\u00b5Torrent"),
            Map.entry("UM", "\u00b5Torrent for Mac"), Map.entry("WW", "WebTorrent"), Map.entry("XL", "Xunlei"));

    private static final Map<Character, String> SHADOW_CLIENTS = Map.of(
            'A', "ABC", 'O', "Osprey Permaseed", 'Q', "BTQueue", 'R', "Tribler", 'S', "Shadow's client",
            'T', "BitTornado", 'U', "UPnP NAT Bit Torrent");

    private static final Pattern AZUREUS = Pattern.compile("-([A-Za-z]{2})([0-9A-Z]{4})-.*", Pattern.DOTALL);
    private static final Pattern ARIA2 = Pattern.compile("A2-(\\d+)-(\\d+)-(\\d+)-.*", Pattern.DOTALL);
    private static final Pattern MAINLINE = Pattern.compile("M(\\d+)-(\\d+)-(\\d+)-.*", Pattern.DOTALL);
    /** The first 6 characters of a Shadow-style id; 3 dashes must follow. */
    private static final Pattern SHADOW_HEAD = Pattern.compile("([A-Z])([0-9A-Za-z.]{1,5})-*");
    private static final String SHADOW_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.";

    private ClientNameDecoder() {
    }

    /** The client's name and version, e.g. "libtorrent 2.0.8", or the id's printable prefix. */
    public static String describe(byte[] peerId) {
        // ISO-8859-1 maps each byte to one char, so the patterns see the bytes as they are.
        String id = new String(peerId, StandardCharsets.ISO_8859_1);
        Matcher matcher = AZUREUS.matcher(id);
        if (matcher.matches()) {
            return azureus(matcher.group(1), matcher.group(2));
        }
        matcher = ARIA2.matcher(id);
        if (matcher.matches()) {
            return "aria2 " + dotted(matcher);
        }
        matcher = MAINLINE.matcher(id);
        if (matcher.matches()) {
            return "BitTorrent " + dotted(matcher);
        }
        matcher = SHADOW_HEAD.matcher(id.substring(0, 6));
        if (matcher.matches() && id.startsWith("---", 6) && SHADOW_CLIENTS.containsKey(matcher.group(1).charAt(0))) {
            return SHADOW_CLIENTS.get(matcher.group(1).charAt(0)) + " " + shadowVersion(matcher.group(2));
        }
        String prefix = PrintableBytes.prefix(peerId);
        return prefix.isEmpty() ? "unknown client" : prefix;
    }

    private static String azureus(String code, String version) {
        String client = AZUREUS_CLIENTS.get(code);
        if (client == null) {
            return "-" + code + version + "-";
        }
        int[] digits = version.chars().map(c -> Character.digit(c, 36)).toArray();
        if (code.equals("TR")) {
            String release = digits[0] < 4 ? digits[0] + "." + digits[1] + digits[2]
                    : digits[0] + "." + digits[1] + "." + digits[2];
            return client + " " + release + (digits[3] == 0 ? "" : "+");
        }
        return client + " " + digits[0] + "." + digits[1] + "." + digits[2] + (digits[3] == 0 ? "" : "." + digits[3]);
    }

    private static String dotted(Matcher matcher) {
        return Integer.parseInt(matcher.group(1)) + "." + Integer.parseInt(matcher.group(2)) + "."
                + Integer.parseInt(matcher.group(3));
    }

    private static String shadowVersion(String version) {
        StringBuilder dotted = new StringBuilder();
        for (char c : version.toCharArray()) {
            dotted.append(dotted.isEmpty() ? "" : ".").append(SHADOW_DIGITS.indexOf(c));
        }
        return dotted.toString();
    }
}
