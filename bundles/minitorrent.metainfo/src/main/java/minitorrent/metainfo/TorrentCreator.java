package minitorrent.metainfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.internal.ContentFile;
import minitorrent.metainfo.internal.AtomicTorrentFile;
import minitorrent.metainfo.internal.ContentScanner;
import minitorrent.metainfo.internal.OuterKeys;
import minitorrent.metainfo.internal.ParallelPieceHasher;

/**
 * Makes .torrent files (BEP 3 v1) from a file or a folder: files in a deterministic order,
 * pieces hashed on all cores while streaming, canonical bencoding. The same content and options
 * (without a creation date) give the same bytes.
 */
public final class TorrentCreator {

    private final int threads;

    /** A creator that hashes on every core. */
    public TorrentCreator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public TorrentCreator(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one hashing thread, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * Hashes the content and builds the torrent.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} cancels it
     */
    public CreatedTorrent create(CreateOptions options, CreateProgress progress) throws IOException {
        Path content = options.content().toAbsolutePath().normalize();
        if (content.getFileName() == null) {
            throw new IOException("cannot make a torrent of " + content + ": it has no name to give the torrent");
        }
        ContentScanner.Content scanned = ContentScanner.scan(content);
        long totalLength = scanned.files().stream().mapToLong(ContentFile::length).sum();
        if (totalLength == 0) {
            throw new IOException("cannot make a torrent of " + content + ": it holds no data (no file, or only empty files)");
        }
        int pieceLength = options.pieceLength().orElse(PieceSize.automatic(totalLength));
        byte[] pieces = new ParallelPieceHasher(scanned.files(), pieceLength).hash(threads, progress);

        BencodeDictionary info = info(content.getFileName().toString(), scanned, pieceLength, pieces, options);
        byte[] bytes = BencodeEncoder.encode(top(info, options));
        try {
            return new CreatedTorrent(bytes, new TorrentParser().parse(bytes), scanned.skipped());
        } catch (InvalidTorrentException e) {
            throw new IllegalStateException("the torrent just created does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a torrent file atomically (temporary file, fsync, rename), so a crash never leaves
     * half a torrent; refuses to replace an existing file unless {@code replace}.
     */
    public static void write(CreatedTorrent torrent, Path target, boolean replace) throws IOException {
        AtomicTorrentFile.write(torrent.bytes(), target, replace);
    }

    private static BencodeDictionary info(String name, ContentScanner.Content content, int pieceLength, byte[] pieces, CreateOptions options) {
        BencodeDictionary.Builder info = BencodeDictionary.builder()
                .put("name", name)
                .put("piece length", pieceLength)
                .put("pieces", BencodeString.of(pieces));
        if (content.isFolder()) {
            List<BencodeValue> files = content.files().stream().<BencodeValue>map(file -> BencodeDictionary.builder()
                    .put("length", file.length())
                    .put("path", OuterKeys.strings(file.path()))
                    .build()).toList();
            info.put("files", new BencodeList(files));
        } else {
            info.put("length", content.files().getFirst().length());
        }
        if (options.isPrivate()) {
            info.put("private", 1);
        }
        options.source().ifPresent(source -> info.put("source", source));
        return info.build();
    }

    private static BencodeDictionary top(BencodeDictionary info, CreateOptions options) {
        BencodeDictionary.Builder top = BencodeDictionary.builder().put("info", info);
        OuterKeys.putTrackers(top, options.trackers());
        OuterKeys.putWebSeeds(top, options.webSeeds());
        options.comment().ifPresent(comment -> top.put("comment", comment));
        options.createdBy().ifPresent(createdBy -> top.put("created by", createdBy));
        options.creationDate().ifPresent(date -> top.put("creation date", date.getEpochSecond()));
        return top.build();
    }
}
