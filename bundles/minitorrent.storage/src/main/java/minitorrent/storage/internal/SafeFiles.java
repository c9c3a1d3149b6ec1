package minitorrent.storage.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentFile;
import minitorrent.storage.StorageException;

/**
 * Resolves a torrent's files under a download folder so that nothing is ever read or written
 * outside it: each path must stay under the folder's real path once normalized, and no folder or
 * file on the way may be a symbolic link (which could point anywhere). Stateless.
 */
public final class SafeFiles {

    private SafeFiles() {
    }

    /** The folder a multi-file torrent's files live in, or the single file's path. */
    public static Path contentPath(Torrent torrent, Path downloadFolder) throws StorageException {
        return resolveChecked(downloadFolder, List.of(torrent.name()), torrent.name());
    }

    /** Every file's path under {@code downloadFolder} (which must exist; it is used by its real path). */
    public static List<Path> resolve(Torrent torrent, Path downloadFolder) throws StorageException {
        Path base = realFolder(downloadFolder);
        List<Path> paths = new ArrayList<>();
        for (TorrentFile file : torrent.files()) {
            List<String> components = new ArrayList<>();
            if (torrent.isMultiFile()) {
                components.add(torrent.name());
            }
            components.addAll(file.path());
            paths.add(resolveChecked(base, components, file.pathString()));
        }
        return paths;
    }

    /** The real path of the download folder, which must be an existing folder. */
    public static Path realFolder(Path downloadFolder) throws StorageException {
        try {
            Path real = downloadFolder.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new StorageException("download folder '" + downloadFolder + "' is not a folder");
            }
            return real;
        } catch (IOException e) {
            throw new StorageException("download folder '" + downloadFolder + "' cannot be used: " + reason(e), e);
        }
    }

    /**
     * Checks that the existing part of {@code path}'s ancestry under {@code base} holds only real
     * folders, and that {@code path} itself is not a link nor a folder.
     */
    public static void checkNoLinks(Path base, Path path, String name) throws StorageException {
        Path current = base;
        Path relative = base.relativize(path);
        for (int i = 0; i < relative.getNameCount(); i++) {
            current = current.resolve(relative.getName(i));
            boolean last = i == relative.getNameCount() - 1;
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException absent) {
                return;
            }
            if (attributes.isSymbolicLink()) {
                throw new StorageException("'" + name + "': '" + base.relativize(current) + "' is a symbolic link, which is never followed");
            }
            if (!last && !attributes.isDirectory()) {
                throw new StorageException("'" + name + "': '" + base.relativize(current) + "' is a file where a folder is needed");
            }
            if (last && !attributes.isRegularFile()) {
                throw new StorageException("'" + name + "' exists but is not a regular file");
            }
        }
    }

    /** Creates the folders of {@code path} under {@code base} one by one, never through a link. */
    public static void createParents(Path base, Path path, String name) throws StorageException {
        checkNoLinks(base, path, name);
        Path current = base;
        Path relative = base.relativize(path.getParent());
        for (int i = 0; i < relative.getNameCount(); i++) {
            current = current.resolve(relative.getName(i));
            try {
                Files.createDirectory(current);
            } catch (FileAlreadyExistsException exists) {
                if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new StorageException("'" + name + "': '" + base.relativize(current) + "' is not a folder");
                }
            } catch (IOException e) {
                throw new StorageException("cannot create folder '" + base.relativize(current) + "' for '" + name + "': " + reason(e), e);
            }
        }
    }

    /** What the file system said, without the path Java repeats in front of it. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Path resolveChecked(Path base, List<String> components, String name) throws StorageException {
        Path resolved = base;
        try {
            for (String component : components) {
                resolved = resolved.resolve(component);
            }
        } catch (InvalidPathException e) {
            throw new StorageException("the file system rejects the name '" + name + "': " + e.getReason(), e);
        }
        Path normalized = resolved.normalize();
        if (!normalized.startsWith(base) || normalized.equals(base)) {
            throw new StorageException("'" + name + "' would lie outside the download folder '" + base + "'");
        }
        return normalized;
    }
}
