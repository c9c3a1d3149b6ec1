package minitorrent.engine;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;

import minitorrent.storage.StorageException;
import minitorrent.storage.TorrentStorage;

/**
 * Deletes a removed torrent's files: exactly the files of the torrent, then the folders they
 * leave empty up to the torrent's own folder. Anything else the user put there stays.
 */
final class DataRemoval {

    private DataRemoval() {
    }

    static void delete(TorrentStorage storage) throws IOException, StorageException {
        Path content = storage.contentPath();
        for (int i = 0; i < storage.torrent().files().size(); i++) {
            Path file = storage.filePath(i);
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); folder != null && folder.startsWith(content); folder = folder.getParent()) {
                try {
                    Files.deleteIfExists(folder);
                } catch (DirectoryNotEmptyException stillUsed) {
                    break;
                }
            }
        }
    }
}
