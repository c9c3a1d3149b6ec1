package minitorrent.metainfo.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every file of a torrent its own place: two files whose sanitized paths are equal, or
 * differ only in case (they would clash on Windows and macOS), or a file whose path is also a
 * folder of another file, get " (1)", " (2)"... before the extension. Deterministic: earlier
 * files in torrent order keep their names. Not thread-safe; one instance per torrent.
 */
public final class UniqueFileNames {

    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    /** The path this file gets: {@code path} itself when it is free. */
    public List<String> claim(List<String> path) {
        List<String> parents = path.subList(0, path.size() - 1);
        String name = path.getLast();
        List<String> candidate = path;
        for (int attempt = 1; !isFree(candidate); attempt++) {
            candidate = new ArrayList<>(parents);
            candidate.add(numbered(name, attempt));
        }
        files.add(key(candidate));
        for (int depth = 1; depth < candidate.size(); depth++) {
            folders.add(key(candidate.subList(0, depth)));
        }
        return candidate;
    }

    private boolean isFree(List<String> path) {
        String key = key(path);
        if (files.contains(key) || folders.contains(key)) {
            return false;
        }
        for (int depth = 1; depth < path.size(); depth++) {
            if (files.contains(key(path.subList(0, depth)))) {
                return false;
            }
        }
        return true;
    }

    private static String numbered(String name, int attempt) {
        int dot = name.lastIndexOf('.');
        String suffix = " (" + attempt + ")";
        String extension = dot > 0 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        return PathSanitizer.truncate(stem, PathSanitizer.MAX_COMPONENT_BYTES - PathSanitizer.utf8Length(suffix + extension)) + suffix + extension;
    }

    private static String key(List<String> path) {
        return String.join("/", path).toLowerCase(Locale.ROOT);
    }
}
