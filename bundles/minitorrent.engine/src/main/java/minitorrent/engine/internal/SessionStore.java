package minitorrent.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeException;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeString;
import minitorrent.engine.FilePriority;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;
import minitorrent.storage.internal.AtomicFile;

/**
 * The torrents a session remembers across restarts, in its state folder: per torrent
 * {@code <info hash>.torrent} and {@code <info hash>.entry} (the download folder, whether it is
 * paused, when it was added and its files' priorities, bencoded), each written atomically.
 */
public final class SessionStore {

    /** A remembered torrent. */
    public record Entry(Torrent torrent, Path downloadFolder, boolean paused, List<FilePriority> priorities, Instant added) {
    }

    private static final FilePriority[] PRIORITIES = FilePriority.values();

    private final Path folder;

    public SessionStore(Path folder) {
        this.folder = folder;
    }

    public void save(Entry remembered) throws IOException {
        Files.createDirectories(folder);
        Torrent torrent = remembered.torrent();
        Path torrentFile = folder.resolve(torrent.infoHash().hex() + ".torrent");
        if (!Files.exists(torrentFile)) {
            AtomicFile.write(torrentFile, TorrentFileBytes.of(torrent));
        }
        StringBuilder priorities = new StringBuilder(remembered.priorities().size());
        remembered.priorities().forEach(priority -> priorities.append((char) ('0' + priority.ordinal())));
        BencodeDictionary entry = BencodeDictionary.builder()
                .put("folder", BencodeString.of(remembered.downloadFolder().toAbsolutePath().toString()))
                .put("paused", remembered.paused() ? 1 : 0)
                .put("added", remembered.added().toEpochMilli())
                .put("priorities", BencodeString.of(priorities.toString()))
                .build();
        AtomicFile.write(folder.resolve(torrent.infoHash().hex() + ".entry"), BencodeEncoder.encode(entry));
    }

    public void forget(InfoHash infoHash) throws IOException {
        Files.deleteIfExists(folder.resolve(infoHash.hex() + ".entry"));
        Files.deleteIfExists(folder.resolve(infoHash.hex() + ".torrent"));
    }

    /** Every remembered torrent that can be read, in the order they were added; each one that cannot is reported, not fatal. */
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
        entries.sort(Comparator.comparing(Entry::added));
        return entries;
    }

    private static Entry read(Path entryFile, Path torrentFile) throws IOException, BencodeException, InvalidTorrentException {
        Torrent torrent = new TorrentParser().parse(torrentFile);
        BencodeDictionary entry = (BencodeDictionary) new BencodeDecoder().decode(Files.readAllBytes(entryFile)).value();
        String downloadFolder = new String(((BencodeString) entry.get("folder").orElseThrow()).bytes(), StandardCharsets.UTF_8);
        boolean paused = ((BencodeInteger) entry.get("paused").orElseThrow()).value() != 0;
        // Entries of earlier versions have neither key: their torrents count as added now, every file normal.
        Instant added = entry.get("added").map(value -> Instant.ofEpochMilli(((BencodeInteger) value).value()))
                .orElseGet(Instant::now);
        List<FilePriority> priorities = entry.get("priorities")
                .map(value -> priorities(new String(((BencodeString) value).bytes(), StandardCharsets.US_ASCII), torrent))
                .orElseGet(() -> Collections.nCopies(torrent.files().size(), FilePriority.NORMAL));
        return new Entry(torrent, Path.of(downloadFolder), paused, priorities, added);
    }

    private static List<FilePriority> priorities(String digits, Torrent torrent) {
        if (digits.length() != torrent.files().size()) {
            throw new IllegalArgumentException("it keeps " + digits.length() + " file priorities for "
                    + torrent.files().size() + " files");
        }
        List<FilePriority> priorities = new ArrayList<>(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            int ordinal = digits.charAt(i) - '0';
            if (ordinal < 0 || ordinal >= PRIORITIES.length) {
                throw new IllegalArgumentException("file " + i + " has the unknown priority '" + digits.charAt(i) + "'");
            }
            priorities.add(PRIORITIES[ordinal]);
        }
        return priorities;
    }
}
