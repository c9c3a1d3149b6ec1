package minitorrent.metainfo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A parsed .torrent (BEP 3, v1): what the info dictionary fixes — name, files, piece length and
 * hashes, private flag, identified by the info hash — and what may change without changing the
 * identity: trackers (BEP 12 tiers), web seeds (BEP 19), comment, creator, dates. Immutable;
 * every file path is already sanitized. The parser's warnings say what looked odd.
 */
public final class Torrent {

    private final InfoHash infoHash;
    private final byte[] infoBytes;
    private final String name;
    private final List<TorrentFile> files;
    private final boolean multiFile;
    private final int pieceLength;
    private final PieceHashes pieces;
    private final boolean isPrivate;
    private final Optional<String> source;
    private final List<List<String>> trackers;
    private final List<String> webSeeds;
    private final Optional<String> comment;
    private final Optional<String> createdBy;
    private final Optional<Instant> creationDate;
    private final Optional<String> encoding;
    private final List<String> warnings;

    /** Built by the parser; each argument has already been validated. */
    Torrent(InfoHash infoHash, byte[] infoBytes, String name, List<TorrentFile> files, boolean multiFile, int pieceLength,
            PieceHashes pieces, boolean isPrivate, Optional<String> source, List<List<String>> trackers, List<String> webSeeds,
            Optional<String> comment, Optional<String> createdBy, Optional<Instant> creationDate, Optional<String> encoding,
            List<String> warnings) {
        this.infoHash = infoHash;
        this.infoBytes = infoBytes;
        this.name = name;
        this.files = List.copyOf(files);
        this.multiFile = multiFile;
        this.pieceLength = pieceLength;
        this.pieces = pieces;
        this.isPrivate = isPrivate;
        this.source = source;
        this.trackers = trackers.stream().map(List::copyOf).toList();
        this.webSeeds = List.copyOf(webSeeds);
        this.comment = comment;
        this.createdBy = createdBy;
        this.creationDate = creationDate;
        this.encoding = encoding;
        this.warnings = List.copyOf(warnings);
    }

    public InfoHash infoHash() {
        return infoHash;
    }

    /** The info dictionary exactly as the .torrent held it: what the info hash is computed over. */
    public byte[] infoBytes() {
        return infoBytes.clone();
    }

    /** The sanitized name: the file name of a single-file torrent, the folder of a multi-file one. */
    public String name() {
        return name;
    }

    /** The files in torrent order, pad files included (see {@link TorrentFile#padFile()}). */
    public List<TorrentFile> files() {
        return files;
    }

    /** Whether the files live in a folder named {@link #name()} (BEP 3 'files'), rather than one file 'length'. */
    public boolean isMultiFile() {
        return multiFile;
    }

    public long totalLength() {
        return files.isEmpty() ? 0 : files.getLast().endOffset();
    }

    public int pieceLength() {
        return pieceLength;
    }

    public int pieceCount() {
        return pieces.count();
    }

    /** The length of piece {@code index}: the piece length, except for a shorter last piece. */
    public int pieceSize(int index) {
        if (index < 0 || index >= pieceCount()) {
            throw new IndexOutOfBoundsException("piece " + index + " of " + pieceCount());
        }
        long start = (long) index * pieceLength;
        return (int) Math.min(pieceLength, totalLength() - start);
    }

    public PieceHashes pieces() {
        return pieces;
    }

    /** BEP 27: peers only from the torrent's trackers, no DHT or PEX. */
    public boolean isPrivate() {
        return isPrivate;
    }

    /** The info dictionary's 'source' (private trackers use it to make cross-seeded torrents distinct). */
    public Optional<String> source() {
        return source;
    }

    /** Tracker tiers in order (BEP 12); a torrent with only 'announce' has one tier of one. */
    public List<List<String>> trackers() {
        return trackers;
    }

    /** Web seed URLs (BEP 19 'url-list'). */
    public List<String> webSeeds() {
        return webSeeds;
    }

    public Optional<String> comment() {
        return comment;
    }

    public Optional<String> createdBy() {
        return createdBy;
    }

    public Optional<Instant> creationDate() {
        return creationDate;
    }

    public Optional<String> encoding() {
        return encoding;
    }

    /** What looked odd but did not stop the torrent from being usable, one sentence each. */
    public List<String> warnings() {
        return warnings;
    }
}
