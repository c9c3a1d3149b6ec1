package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What every parsed torrent must promise about its paths, checked the way a downloader uses them:
 * each file resolved under the download folder stays inside it, every component is a name any
 * common file system accepts, and no two files (nor a file and a folder) claim the same place,
 * even on a case-insensitive file system. Shared by the path tests and the fuzz tests.
 */
final class SafePaths {

    private SafePaths() {
    }

    /** The folder a downloader would put the torrent's files in: the torrent's name for a multi-file one. */
    static Path contentFolder(Torrent torrent, Path downloads) {
        return torrent.isMultiFile() ? downloads.resolve(torrent.name()) : downloads;
    }

    /** Checks every promise without touching the disk. */
    static void assertSafe(Torrent torrent, Path downloads) {
        Path root = downloads.toAbsolutePath().normalize();
        assertSafeComponent(torrent.name());
        Set<String> files = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (TorrentFile file : torrent.files()) {
            Path resolved = file.resolveUnder(contentFolder(torrent, root)).normalize();
            assertTrue(resolved.startsWith(root) && !resolved.equals(root), () -> file + " resolves to " + resolved + ", outside " + root);
            assertEquals(torrent.isMultiFile() ? file.path().size() + 1 : 1, root.relativize(resolved).getNameCount(),
                    () -> file + " does not resolve to one name per component");
            file.path().forEach(SafePaths::assertSafeComponent);
            String key = file.pathString().toLowerCase(Locale.ROOT);
            assertTrue(files.add(key) && !folders.contains(key), () -> "two files claim " + key);
            for (int depth = 1; depth < file.path().size(); depth++) {
                String folder = String.join("/", file.path().subList(0, depth)).toLowerCase(Locale.ROOT);
                assertFalse(files.contains(folder), () -> "a file and a folder both claim " + folder);
                folders.add(folder);
            }
        }
    }

    /** Creates every file under {@code downloads}, as a download will; fails if one is already there. */
    static void createAll(Torrent torrent, Path downloads) throws IOException {
        assertSafe(torrent, downloads);
        for (TorrentFile file : torrent.files()) {
            Path target = file.resolveUnder(contentFolder(torrent, downloads));
            Files.createDirectories(target.getParent());
            Files.createFile(target);
        }
    }

    private static void assertSafeComponent(String component) {
        assertFalse(component.isEmpty() || component.equals(".") || component.equals(".."), () -> "component '" + component + "'");
        assertTrue(component.getBytes(StandardCharsets.UTF_8).length <= 255, () -> "component longer than 255 bytes: " + component);
        assertTrue(component.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\'), () -> "component '" + component + "'");
        assertFalse(component.endsWith(".") || component.endsWith(" "), () -> "trailing dot or space: '" + component + "'");
        assertTrue(component.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE),
                () -> "a code point cut in half in '" + component + "'");
        String stem = component.split("\\.", -1)[0].toUpperCase(Locale.ROOT);
        assertFalse(stem.matches("CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]"), () -> "a Windows device name: '" + component + "'");
    }
}
