package minitorrent.metainfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeException;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeWarning;
import minitorrent.bencode.ByteSpan;
import minitorrent.bencode.DecodeResult;
import minitorrent.bencode.DecoderLimits;
import minitorrent.metainfo.internal.DictionaryReader;
import minitorrent.metainfo.internal.FileListReader;
import minitorrent.metainfo.internal.MetadataReader;
import minitorrent.metainfo.internal.PathSanitizer;

/**
 * Reads .torrent files (BEP 3 v1, with BEP 12, 19, 27 and 47): validates every key the info
 * dictionary needs, with errors that name the key, sanitizes every path, and computes the info
 * hash over the info dictionary's original bytes. Stateless and thread-safe.
 */
public final class TorrentParser {

    /** The largest piece length accepted: far beyond any client's, small enough for an int. */
    public static final int MAX_PIECE_LENGTH = 1 << 30;

    private final BencodeDecoder decoder;

    /** A parser with libtorrent's limits: depth 100, 3,000,000 tokens, 10 MiB. */
    public TorrentParser() {
        this(DecoderLimits.DEFAULT);
    }

    public TorrentParser(DecoderLimits limits) {
        this.decoder = new BencodeDecoder(limits);
    }

    public Torrent parse(Path file) throws IOException, InvalidTorrentException {
        long size = Files.size(file);
        int limit = decoder.limits().maxBytes();
        if (size > limit) {
            throw new InvalidTorrentException(file + " is " + size + " bytes, more than the " + limit + " bytes a .torrent file may have");
        }
        return parse(Files.readAllBytes(file));
    }

    public Torrent parse(byte[] bytes) throws InvalidTorrentException {
        DecodeResult decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (BencodeException e) {
            throw new InvalidTorrentException("not a valid .torrent file: " + e.getMessage(), e);
        }
        List<String> warnings = new ArrayList<>();
        for (BencodeWarning warning : decoded.warnings()) {
            warnings.add(warning.message() + " (at byte " + warning.offset() + ")");
        }
        DictionaryReader top = DictionaryReader.top(decoded.value(), "the file");
        DictionaryReader info = top.requireDictionary("info");
        byte[] infoBytes = info.dictionary().source().map(ByteSpan::toByteArray)
                .orElseThrow(() -> new IllegalStateException("the decoder keeps the bytes of every dictionary"));
        InfoHash infoHash = InfoHash.of(Sha1.of(infoBytes));

        int pieceLength = pieceLength(info, warnings);
        PieceHashes pieces = pieces(info);
        String originalName = name(info, warnings);
        String name = PathSanitizer.component(originalName).orElse(infoHash.hex());
        if (!name.equals(originalName)) {
            warnings.add("the name '" + originalName + "' was changed to '" + name + "' to be a safe file name");
        }
        FileListReader.Files files = FileListReader.read(info, name, originalName, warnings);
        checkPieceCount(info, files.totalLength(), pieceLength, pieces);

        boolean isPrivate = MetadataReader.flag(info, "private", warnings);
        Optional<String> source = MetadataReader.text(info, "source", warnings);
        return new Torrent(infoHash, infoBytes, name, files.files(), files.multiFile(), pieceLength, pieces, isPrivate, source,
                MetadataReader.trackers(top, warnings), MetadataReader.webSeeds(top, warnings),
                MetadataReader.text(top, "comment", warnings), MetadataReader.text(top, "created by", warnings),
                MetadataReader.date(top, "creation date", warnings), MetadataReader.text(top, "encoding", warnings), warnings);
    }

    private static int pieceLength(DictionaryReader info, List<String> warnings) throws InvalidTorrentException {
        long pieceLength = info.requireInteger("piece length");
        if (pieceLength <= 0) {
            throw info.invalid("piece length", "must be positive, not " + pieceLength);
        }
        if (pieceLength > MAX_PIECE_LENGTH) {
            throw info.invalid("piece length", "is " + pieceLength + " bytes, more than the " + MAX_PIECE_LENGTH + " MiniTorrent accepts");
        }
        if (Long.bitCount(pieceLength) != 1) {
            warnings.add("the piece length " + pieceLength + " is not a power of two");
        }
        return (int) pieceLength;
    }

    /** The required 'name': unlike the descriptive texts, a wrong type is an error, and says so. */
    private static String name(DictionaryReader info, List<String> warnings) throws InvalidTorrentException {
        Optional<String> name = MetadataReader.text(info, "name", warnings);
        if (name.isEmpty()) {
            info.requireString("name"); // absent or not a string: the strict reader's error says which
        }
        return name.orElseThrow(() -> info.invalid("name", "is missing"));
    }

    private static PieceHashes pieces(DictionaryReader info) throws InvalidTorrentException {
        if (!info.has("pieces") && info.has("file tree")) {
            throw info.invalid("pieces", "is missing: this is a BitTorrent v2-only torrent, which MiniTorrent does not support yet");
        }
        BencodeString pieces = info.requireString("pieces");
        if (pieces.length() % PieceHashes.HASH_LENGTH != 0) {
            throw info.invalid("pieces", "length " + pieces.length() + " is not a multiple of 20");
        }
        return PieceHashes.of(pieces.bytes());
    }

    private static void checkPieceCount(DictionaryReader info, long totalLength, int pieceLength, PieceHashes pieces)
            throws InvalidTorrentException {
        if (totalLength == 0) {
            throw info.has("files") ? info.invalid("files", "are all empty: the torrent holds no data")
                    : info.invalid("length", "is 0: the torrent holds no data");
        }
        long needed = Math.ceilDiv(totalLength, pieceLength); // (total + length - 1) / length would overflow
        if (pieces.count() != needed) {
            throw info.invalid("pieces", "holds " + pieces.count() + " hashes, but " + totalLength + " bytes in pieces of "
                    + pieceLength + " need " + needed);
        }
    }
}
