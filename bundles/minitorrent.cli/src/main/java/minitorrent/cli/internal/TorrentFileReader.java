package minitorrent.cli.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;

/** Reads the .torrent file a command was given, turning every problem into one line for the user. */
final class TorrentFileReader {

    private TorrentFileReader() {
    }

    static Torrent read(Path file) throws CommandFailure {
        try {
            return new TorrentParser().parse(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("cannot read " + file + ": there is no such file");
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage(), e);
        } catch (InvalidTorrentException e) {
            throw new CommandFailure(file + " is not a usable torrent: " + e.getMessage(), e);
        }
    }
}
