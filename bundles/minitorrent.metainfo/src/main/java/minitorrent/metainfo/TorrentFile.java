package minitorrent.metainfo;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of a torrent: where it lives under the torrent's folder (sanitized, safe to resolve
 * under a download folder), its path as the .torrent spelled it (for display), its length, and
 * its offset in the torrent's byte stream. Pad files (BEP 47) fill space between files and are
 * never written to disk.
 *
 * @param path         sanitized path components, never empty
 * @param originalPath the components as the torrent gave them, decoded leniently
 * @param length       bytes, at least 0
 * @param offset       where the file starts in the concatenation of all files
 * @param padFile      whether this is a BEP 47 pad file
 */
public record TorrentFile(List<String> path, List<String> originalPath, long length, long offset, boolean padFile) {

    public TorrentFile {
        path = List.copyOf(path);
        originalPath = List.copyOf(originalPath);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a file path has at least one component");
        }
    }

    /** The sanitized path with '/' between components, as the command line prints it. */
    public String pathString() {
        return String.join("/", path);
    }

    /** This file's place under a torrent's folder; safe because every component was sanitized. */
    public Path resolveUnder(Path folder) {
        Path resolved = folder;
        for (String component : path) {
            resolved = resolved.resolve(component);
        }
        return resolved;
    }

    /** The offset just past this file's last byte. */
    public long endOffset() {
        return offset + length;
    }
}
