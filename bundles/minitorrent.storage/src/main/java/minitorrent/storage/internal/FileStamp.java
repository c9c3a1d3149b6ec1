package minitorrent.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time as resume data records them: if either changed, the file was
 * touched by someone else (or by a write after the snapshot) and its pieces must be rechecked.
 *
 * @param size           bytes, or -1 for an absent file
 * @param modifiedNanos  modification time in nanoseconds since the epoch, 0 for an absent file
 */
public record FileStamp(long size, long modifiedNanos) {

    public static final FileStamp ABSENT = new FileStamp(-1, 0);

    /** The stamp of {@code path} now, never following a link. */
    public static FileStamp of(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (NoSuchFileException absent) {
            return ABSENT;
        }
    }
}
