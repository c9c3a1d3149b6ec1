package minitorrent.metainfo.internal;

import java.nio.file.Path;
import java.util.List;

/** A file to put into a new torrent: where it is on disk, its path inside the torrent, its length. */
public record ContentFile(Path source, List<String> path, long length) {

    public ContentFile {
        path = List.copyOf(path);
    }
}
