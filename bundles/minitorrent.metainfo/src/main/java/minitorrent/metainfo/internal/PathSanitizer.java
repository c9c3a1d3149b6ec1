package minitorrent.metainfo.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the path components of a torrent safe to create under a download folder on any common
 * file system: a sanitized path has no absolute part, no '.' or '..', no empty component, no
 * separator, control character or character Windows refuses (a ':' would name a drive or a
 * stream) inside a component, no Windows device name, no trailing dot or space, and no component
 * longer than 255 bytes in UTF-8. So it can never leave the folder.
 */
public final class PathSanitizer {

    /** Longest component most file systems accept, in bytes of UTF-8. */
    public static final int MAX_COMPONENT_BYTES = 255;

    /** More components than this are refused: no real torrent nests so deep. */
    public static final int MAX_DEPTH = 64;

    /** Longest whole path accepted, in bytes of UTF-8 (Linux PATH_MAX). */
    public static final int MAX_PATH_BYTES = 4096;

    /** Longer "extensions" are taken as part of the name: no program is known by one. */
    private static final int MAX_EXTENSION_LENGTH = 16;

    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private PathSanitizer() {
    }

    /**
     * The sanitized form of one component, or empty when the component must be dropped
     * ('', '.', '..').
     */
    public static Optional<String> component(String original) {
        if (original.isEmpty() || original.equals(".") || original.equals("..")) {
            return Optional.empty();
        }
        StringBuilder safe = new StringBuilder(original.length());
        original.codePoints().forEach(codePoint -> safe.appendCodePoint(isForbidden(codePoint) ? '_' : codePoint));
        String text = cut(safe.toString(), MAX_COMPONENT_BYTES);
        if (text.isEmpty()) {
            text = "_";
        }
        if (isWindowsDevice(text)) {
            text = "_" + cut(text, MAX_COMPONENT_BYTES - 1);
        }
        return Optional.of(text);
    }

    /** The sanitized components of a path; a path with nothing left becomes {@code ["_"]}. */
    public static List<String> path(List<String> original) {
        List<String> safe = new ArrayList<>(original.size());
        for (String component : original) {
            component(component).ifPresent(safe::add);
        }
        if (safe.isEmpty()) {
            safe.add("_");
        }
        return safe;
    }

    /** Separators, controls, U+FFFD (what undecodable bytes became), and what Windows refuses in a name. */
    private static boolean isForbidden(int codePoint) {
        return codePoint < 0x20 || codePoint == 0x7f || codePoint == 0xfffd || "/\\:*?\"<>|".indexOf(codePoint) >= 0;
    }

    /** Truncates, then strips: so that a cut cannot leave a trailing dot or space behind. */
    private static String cut(String text, int maxBytes) {
        return stripTrailingDotsAndSpaces(truncate(text, maxBytes));
    }

    private static String stripTrailingDotsAndSpaces(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** CON, con.txt, Lpt1.tar.gz, "NUL .txt": Windows opens a device for these whatever the extension. */
    private static boolean isWindowsDevice(String text) {
        int dot = text.indexOf('.');
        String stem = (dot < 0 ? text : text.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT);
        return WINDOWS_DEVICES.contains(stem);
    }

    /**
     * Cuts a component to at most {@code maxBytes} of UTF-8 on a code point boundary, keeping a
     * short extension so the file still opens with the right program.
     */
    static String truncate(String text, int maxBytes) {
        if (utf8Length(text) <= maxBytes) {
            return text;
        }
        String extension = extension(text);
        String stem = text.substring(0, text.length() - extension.length());
        int budget = maxBytes - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return kept + extension;
    }

    /** The extension worth keeping when a name changes: from the last dot, if short; else "". */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH ? name.substring(dot) : "";
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
