package minitorrent.metainfo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the files of a new torrent's content in a deterministic order: every regular file under
 * the folder, hidden ones included, sorted by path with components compared as UTF-8 bytes.
 * Symbolic links are not followed (a link could lead out of the folder or into a loop): each
 * one is skipped and reported.
 */
public final class ContentScanner {

    /** What was found: the files in torrent order, and what was skipped, one sentence each. */
    public record Content(List<ContentFile> files, boolean isFolder, List<String> skipped) {
    }

    private ContentScanner() {
    }

    public static Content scan(Path content) throws IOException {
        if (!Files.exists(content, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(content.toString(), null, "there is no such file or folder");
        }
        if (Files.isRegularFile(content)) {
            return new Content(List.of(new ContentFile(content, List.of(content.getFileName().toString()), Files.size(content))), false, List.of());
        }
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(content + " is neither a regular file nor a folder");
        }
        List<ContentFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Files.walkFileTree(content, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    List<String> path = new ArrayList<>();
                    content.relativize(file).forEach(component -> path.add(component.toString()));
                    files.add(new ContentFile(file, path, attributes.size()));
                } else {
                    skipped.add(file + " was left out: it is " + (attributes.isSymbolicLink() ? "a symbolic link" : "not a regular file"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(ContentFile::path, ContentScanner::compareUtf8));
        return new Content(files, true, skipped);
    }

    private static int compareUtf8(List<String> left, List<String> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Arrays.compareUnsigned(left.get(i).getBytes(StandardCharsets.UTF_8), right.get(i).getBytes(StandardCharsets.UTF_8));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }
}
