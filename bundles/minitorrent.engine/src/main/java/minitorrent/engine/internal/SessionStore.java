package minitorrent.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeException;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeString;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;
import minitorrent.storage.internal.AtomicFile;

/**
 * The torrents a session remembers across restarts, in its state folder: per torrent
 * {@code <info hash>.torrent} and {@code <info hash>.entry} (the download folder and whether it is
 * paused, bencoded), each written atomically.
 */
public final class SessionStore {

    /** A remembered torrent. */
    public record Entry(Torrent torrent, Path downloadFolder, boolean paused) {
    }

    private final Path folder;

    public SessionStore(Path folder) {
        this.folder = folder;
    }

    public void save(Torrent torrent, Path downloadFolder, boolean paused) throws IOException {
        Files.createDirectories(folder);
        Path torrentFile = folder.resolve(torrent.infoHash().hex() + ".torrent");
        if (!Files.exists(torrentFile)) {
            AtomicFile.write(torrentFile, TorrentFileBytes.of(torrent));
        }
        BencodeDictionary entry = BencodeDictionary.builder()
                .put("folder", BencodeString.of(downloadFolder.toAbsolutePath().toString()))
                .put("paused", paused ? 1 : 0)
                .build();
        AtomicFile.write(folder.resolve(torrent.infoHash().hex() + ".entry"), BencodeEncoder.encode(entry));
    }

    public void forget(InfoHash infoHash) throws IOException {
        Files.deleteIfExists(folder.resolve(infoHash.hex() + ".entry"));
        Files.deleteIfExists(folder.resolve(infoHash.hex() + ".torrent"));
    }

    /** Every remembered torrent that can be read; each one that cannot is reported, not fatal. */
    public List<Entry> load(Consumer<String> problems) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.entry")) {
            for (Path entryFile : files) {
                String hex = entryFile.getFileName().toString().replace(".entry", "");
                try {
                    entries.add(read(entryFile, folder.resolve(hex + ".torrent")));
                } catch (IOException | BencodeException | InvalidTorrentException | RuntimeException e) {
                    problems.accept("cannot restore the torrent " + hex + " from " + folder + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.accept("cannot read the saved torrents in " + folder + ": " + e.getMessage());
        }
        return entries;
    }

    private static Entry read(Path entryFile, Path torrentFile) throws IOException, BencodeException, InvalidTorrentException {
        Torrent torrent = new TorrentParser().parse(torrentFile);
        BencodeDictionary entry = (BencodeDictionary) new BencodeDecoder().decode(Files.readAllBytes(entryFile)).value();
        String downloadFolder = new String(((BencodeString) entry.get("folder").orElseThrow()).bytes(), StandardCharsets.UTF_8);
        boolean paused = ((BencodeInteger) entry.get("paused").orElseThrow()).value() != 0;
        return new Entry(torrent, Path.of(downloadFolder), paused);
    }
}
