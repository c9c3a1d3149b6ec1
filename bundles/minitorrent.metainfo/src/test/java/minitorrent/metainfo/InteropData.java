package minitorrent.metainfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data for other programs to make torrents of, written into a test's temporary folder: one file
 * of a few MiB that does not end on a piece boundary, and a folder of nested files with one empty
 * file. The content is pseudo-random, so no two pieces are alike.
 *
 * @param singleFile the one file
 * @param folder     the folder
 * @param folderFiles the folder's files by '/'-separated path under it, with their lengths
 */
record InteropData(Path singleFile, Path folder, Map<String, Long> folderFiles) {

    static final int PIECE_LENGTH = 64 * 1024;
    static final long SINGLE_FILE_LENGTH = 3L * 1024 * 1024 + 12_345;

    static InteropData create(Path scratch) throws IOException {
        Path single = scratch.resolve("single.bin");
        Files.write(single, TorrentFixture.randomBytes(7, (int) SINGLE_FILE_LENGTH));
        Path folder = scratch.resolve("album");
        Map<String, Long> files = new LinkedHashMap<>();
        files.put("cd1/01 first (live).bin", 700_001L);
        files.put("cd1/02.bin", 300_000L);
        files.put("cover.jpg", 12_345L);
        files.put("empty.txt", 0L);
        files.put("notes/deep/readme.txt", 100L);
        long seed = 8;
        for (Map.Entry<String, Long> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, TorrentFixture.randomBytes(seed++, file.getValue().intValue()));
        }
        return new InteropData(single, folder, Map.copyOf(files));
    }

    long folderLength() {
        return folderFiles.values().stream().mapToLong(Long::longValue).sum();
    }

    static int pieceCount(long length, int pieceLength) {
        return (int) ((length + pieceLength - 1) / pieceLength);
    }
}
