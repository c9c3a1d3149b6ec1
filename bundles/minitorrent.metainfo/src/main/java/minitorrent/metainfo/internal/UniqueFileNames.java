package minitorrent.metainfo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every file of a torrent its own place: two files whose sanitized paths are equal, or
 * differ only in case (they would clash on Windows and macOS), or a file whose path is also a
 * folder of another file, get " (1)", " (2)"... before the extension; a file whose folder is
 * another file's path gets that folder numbered. Deterministic: earlier files in torrent order
 * keep their names. Not thread-safe; one instance per torrent.
 */
public final class UniqueFileNames {

    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();
    /** Per clashing name, the number to try first next time: so n equal names cost O(n), not O(n^2). */
    private final Map<String, Integer> nextNumber = new HashMap<>();

    /** The path this file gets: {@code path} itself when it is free. */
    public List<String> claim(List<String> path) {
        List<String> candidate = new ArrayList<>(path);
        // Each pass frees the shallowest clashing component, so clashes only move deeper: at most one pass per component.
        for (int depth = firstClash(candidate); depth >= 0; depth = firstClash(candidate)) {
            String name = path.get(depth);
            String clashing = key(candidate.subList(0, depth + 1));
            int attempt = nextNumber.getOrDefault(clashing, 1);
            do {
                candidate.set(depth, numbered(name, attempt++));
            } while (clashesAt(candidate, depth));
            // A renamed folder is shared by the files that follow; a renamed file is not.
            nextNumber.put(clashing, depth < candidate.size() - 1 ? attempt - 1 : attempt);
        }
        files.add(key(candidate));
        for (int depth = 1; depth < candidate.size(); depth++) {
            folders.add(key(candidate.subList(0, depth)));
        }
        return candidate;
    }

    /** The first depth whose component clashes, or -1 when the path is free. */
    private int firstClash(List<String> path) {
        for (int depth = 0; depth < path.size(); depth++) {
            if (clashesAt(path, depth)) {
                return depth;
            }
        }
        return -1;
    }

    /** A folder clashes with a file of that path; the file itself with a file or a folder. */
    private boolean clashesAt(List<String> path, int depth) {
        String key = key(path.subList(0, depth + 1));
        return files.contains(key) || depth == path.size() - 1 && folders.contains(key);
    }

    private static String numbered(String name, int attempt) {
        String suffix = " (" + attempt + ")";
        String extension = PathSanitizer.extension(name);
        String stem = name.substring(0, name.length() - extension.length());
        return PathSanitizer.truncate(stem, PathSanitizer.MAX_COMPONENT_BYTES - PathSanitizer.utf8Length(suffix + extension)) + suffix + extension;
    }

    private static String key(List<String> path) {
        return String.join("/", path).toLowerCase(Locale.ROOT);
    }
}
